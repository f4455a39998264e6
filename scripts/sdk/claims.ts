/**
 * The claims about the SDK (content/sdk-proofs.yaml) and their evidence, for check:sdk and
 * sdk:history: each bundle reading is found again in the code it cites, and the statements about the
 * SDK that pages make outside claim records are counted as uncited.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BundleReading {
  version: string;
  file: string;
  excerpt: string;
}

/** A claim as check:sdk reads it: the YAML as written, before (or without) the site's schema. */
export interface ClaimRecord {
  id: string;
  code?: number;
  test?: string;
  read?: BundleReading;
}

export interface ClaimCounts {
  claims: number;
  run: number;
  read: number;
  withoutEvidence: number;
}

export function countClaims(claims: readonly ClaimRecord[]): ClaimCounts {
  return {
    claims: claims.length,
    run: claims.filter((claim) => claim.test !== undefined && claim.read === undefined).length,
    read: claims.filter((claim) => claim.read !== undefined && claim.test === undefined).length,
    withoutEvidence: claims.filter((claim) => claim.test === undefined && claim.read === undefined).length,
  };
}

export const sameReading = (a: BundleReading, b: BundleReading) => a.version === b.version && a.file === b.file && a.excerpt === b.excerpt;

/**
 * What is wrong with the claims' evidence. A reading of the installed version must be found in the
 * installed package; a reading of another version must be recorded by sdk:history (which found it).
 */
export function claimProblems(
  claims: readonly ClaimRecord[],
  options: { file: string; installed: string; readInstalled: (file: string) => string | undefined; recorded: readonly BundleReading[]; recordedFile: string },
): string[] {
  const problems: string[] = [];
  for (const claim of claims) {
    if (claim.test === undefined && claim.read === undefined) problems.push(`${options.file}: claim "${claim.id}" has no evidence: give it "test" or "read"`);
    if (claim.test !== undefined && claim.read !== undefined) problems.push(`${options.file}: claim "${claim.id}" has two kinds of evidence: keep "test" or "read"`);
    const reading = claim.read;
    if (!reading) continue;
    if (reading.version === options.installed) {
      const text = options.readInstalled(reading.file);
      if (text === undefined) problems.push(`${options.file}: claim "${claim.id}" reads ${reading.file}, which agora-chat ${reading.version} does not have`);
      else if (!text.includes(reading.excerpt)) problems.push(`${options.file}: claim "${claim.id}": agora-chat ${reading.version} ${reading.file} does not contain ${JSON.stringify(reading.excerpt)}`);
    } else if (!options.recorded.some((recorded) => sameReading(recorded, reading))) {
      problems.push(
        `${options.file}: claim "${claim.id}" reads agora-chat ${reading.version} ${reading.file}, but ${options.recordedFile} does not record that reading: run npm run sdk:history`,
      );
    }
  }
  return problems;
}

/** A paragraph or list item of a page's MDX body that states something about the SDK outside a claim record. */
export interface UncitedStatement {
  file: string;
  line: number;
  text: string;
  /** Why the block needs no claim, when the page says so. */
  exempt?: string;
}

/**
 * The blocks of an MDX body (paragraphs and list items, outside code fences, headings, imports and
 * JSX) that state what the SDK does without a `<Claim id="…" />`: those that name the SDK, an API
 * (`conn.open()`, `onError`) or a code (`error.type`, a number in a code span). Facts of the service
 * (a limit the server applies by default) may stay prose. The blocks that follow a line
 * `{/* not about the SDK: <reason> *\/}` up to the next blank line are exempt (they describe our own
 * code, say): they are returned with `exempt` set to that reason, so that check:sdk lists and counts them.
 */
export function uncitedStatements(file: string, source: string): UncitedStatement[] {
  const lines = source.split('\n');
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    start = end === -1 ? 0 : end + 1;
  }
  const found: UncitedStatement[] = [];
  let fence = false;
  let block: { line: number; text: string[]; exempt?: string } | undefined;
  let exemption: string | undefined;
  const close = () => {
    if (!block) return;
    const text = block.text.join(' ').trim();
    const cited = /<Claim\s/.test(text) && text.replace(/<Claim\s[^>]*\/>/g, '').replace(/^[-*]\s*|^\d+\.\s*/, '').trim() === '';
    const aboutSdk = /\bSDK\b|agora-chat|`[^`]*(?:conn\.|\bon[A-Z]\w*|error\.|AC\.|\(\))[^`]*`|`-?\d+`/.test(text);
    const shown = text.length > 100 ? `${text.slice(0, 97)}…` : text;
    if (text && !cited && aboutSdk) found.push({ file, line: block.line, text: shown, ...(block.exempt ? { exempt: block.exempt } : {}) });
    block = undefined;
  };
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    const number = index + 1;
    if (index < start) return;
    if (/^\s*(```|~~~)/.test(line)) {
      close();
      fence = !fence;
      return;
    }
    if (fence) return;
    const trimmed = line.trim();
    const declared = /^\{\/\*\s*not about the SDK:\s*(.+?)\s*\*\/\}$/.exec(trimmed);
    if (declared) {
      close();
      exemption = declared[1];
      return;
    }
    if (trimmed === '' || /^#{1,6}\s/.test(trimmed)) exemption = undefined;
    if (trimmed === '' || /^#{1,6}\s/.test(trimmed) || /^(import|export)\s/.test(trimmed) || /^\{\/\*.*\*\/\}$/.test(trimmed)) {
      close();
      return;
    }
    // A JSX element on its own line (a component such as <DeliveredCodes via="onError" />) is no prose.
    if (/^<(?!Claim\s)[A-Za-z]/.test(trimmed) || /^<\//.test(trimmed)) {
      close();
      return;
    }
    if (/^([-*]|\d+\.)\s/.test(trimmed)) close();
    if (!block) block = { line: number, text: [], ...(exemption ? { exempt: exemption } : {}) };
    block.text.push(trimmed);
  });
  close();
  return found;
}

/** The ids that pages show with `<Claim id="…" />`, in every MDX file under content/. */
export function citedClaimIds(root: string): Set<string> {
  const files = readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
  const ids = files.flatMap((name) => [...readFileSync(path.join(root, 'content', name), 'utf8').matchAll(/<Claim\s+id="([^"]+)"/g)].map((match) => match[1] ?? ''));
  return new Set(ids);
}

/** Every uncited statement of the code pages (content/codes/<locale>/*.mdx) and the guide (content/guide/*.mdx). */
export function uncitedInContent(root: string): UncitedStatement[] {
  const mdx = (dir: string) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => path.posix.join(dir, name.split(path.sep).join('/')));
  return [
    ...mdx('content/codes').flatMap((file) => uncitedStatements(file, readFileSync(path.join(root, file), 'utf8'))),
    ...mdx('content/guide').flatMap((file) => uncitedStatements(file, readFileSync(path.join(root, file), 'utf8'))),
  ];
}
