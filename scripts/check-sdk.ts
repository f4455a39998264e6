/**
 * npm run check:sdk: proves the registry and the SDK history are in sync with the installed agora-chat.
 *
 * - every member of the Code enum in status.d.ts is documented, under the SDK's name or as an alias
 *   of the same number, with the same @hidden status;
 * - every code and alias the registry attributes to the SDK exists there with that number;
 * - `typeDeclared` says truly whether AgoraChat.Code (Agora-chat.d.ts) declares the name with that number;
 * - names AgoraChat.Code declares beyond status.d.ts are documented, or declared in content/sdk-differences.yaml;
 * - the pinned column of content/sdk-history.json is what the extractor reads from the installed
 *   package now (names, numbers, declared, typed, raised, messages);
 * - every number some published version raises is documented, and every `unreachable` code is one
 *   the pinned bundle has a path for.
 * - every claim of content/sdk-proofs.yaml has evidence; each bundle reading is found again: in the
 *   installed package for the pinned version, in content/sdk-readings.json (written by sdk:history,
 *   which read the other versions) for the others;
 * - no page states more about the SDK outside claim records than content/uncited-claims.txt allows
 *   (a count per file that may only go down);
 * - no code page's cause, fix or confusable difference names a channel or a field of the error object
 *   (`onError`, `error.message`, a promise …) while its code has no claim at all.
 * Prints the claims: how many, proven by running, proven by reading, uncited.
 * Exits 1 on any difference not declared, printing each.
 * Options: --registry FILE, --differences FILE, --history FILE, --sdk DIR, --proofs FILE, --readings FILE,
 * --uncited FILE, --root DIR (where content/codes and content/guide are).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readCodeEnum } from './sdk/declared-enum.ts';
import { extractVersion, type ExtractedConstant } from './sdk/extract.ts';
import { citedClaimIds, claimProblems, countClaims, uncitedInContent, type BundleReading, type ClaimRecord } from './sdk/claims.ts';

const { values: options } = parseArgs({
  options: {
    registry: { type: 'string', default: 'content/registry.yaml' },
    differences: { type: 'string', default: 'content/sdk-differences.yaml' },
    history: { type: 'string', default: 'content/sdk-history.json' },
    sdk: { type: 'string', default: 'node_modules/agora-chat' },
    proofs: { type: 'string', default: 'content/sdk-proofs.yaml' },
    readings: { type: 'string', default: 'content/sdk-readings.json' },
    uncited: { type: 'string', default: 'content/uncited-claims.txt' },
    root: { type: 'string', default: '.' },
    // The extractor's output for --sdk, saved by `node scripts/sdk/extract.ts DIR`: lets the tests that
    // break a copy of the registry skip re-reading the same bundle every time.
    extracted: { type: 'string' },
  },
});

interface RegistryEntry {
  code: number;
  name: string;
  sdk?: 'public' | 'hidden';
  typeDeclared?: boolean;
  unreachable?: boolean;
  aliases?: { name: string; sdk: 'public' | 'hidden' }[];
  official?: { name?: string };
}

interface DeclaredDifference {
  name: string;
  code: number;
  where: 'AgoraChat.Code';
  reason: string;
}

const readYaml = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;

const sdkDir = options.sdk;
const installed = readYaml<{ version: string }>(path.join(sdkDir, 'package.json')).version;
const pinned = readYaml<{ devDependencies: Record<string, string> }>('package.json').devDependencies['agora-chat'];
const enumOf = (file: string) => {
  const found = readCodeEnum([path.join(sdkDir, file)]);
  if (!found) throw new Error(`${path.join(sdkDir, file)}: no enum Code`);
  return found.members;
};
const statusEnum = enumOf('status.d.ts');
const typedMembers = enumOf('Agora-chat.d.ts');
const typedEnum = new Set(typedMembers.map((member) => member.name));
const registry = readYaml<RegistryEntry[]>(options.registry);
const declared = readYaml<DeclaredDifference[] | null>(options.differences) ?? [];

const problems: string[] = [];
const notes: string[] = [];

if (installed !== pinned) problems.push(`installed agora-chat is ${installed}, but package.json pins ${pinned}: run npm ci`);

const byCode = new Map(registry.map((entry) => [entry.code, entry]));
const statusByName = new Map(statusEnum.map((member) => [member.name, member]));

// Every status.d.ts member is documented, with the same name and visibility.
for (const member of statusEnum) {
  const entry = byCode.get(member.value);
  if (!entry) {
    problems.push(`status.d.ts: ${member.name} = ${member.value} is not documented (no registry entry for code ${member.value})`);
    continue;
  }
  const alias = entry.aliases?.find((candidate) => candidate.name === member.name);
  const declaredAs = entry.name === member.name ? entry.sdk : alias?.sdk;
  if (entry.name !== member.name && !alias) {
    problems.push(`code ${member.value}: status.d.ts names it ${member.name}; the registry has name ${entry.name} and no such alias`);
  } else if (declaredAs !== (member.hidden ? 'hidden' : 'public')) {
    problems.push(`code ${member.value}: ${member.name} is ${member.hidden ? '@hidden' : 'public'} in status.d.ts, but the registry says sdk: ${declaredAs ?? '(absent)'}`);
  }
}

// Everything the registry attributes to the SDK is there, with the same number.
for (const entry of registry) {
  const names = [
    ...(entry.sdk ? [entry.name] : []),
    ...(entry.aliases ?? []).map((alias) => alias.name),
  ];
  if (!entry.sdk && statusByName.get(entry.name)?.value === entry.code) {
    problems.push(`code ${entry.code}: ${entry.name} is in status.d.ts, but the registry has no "sdk" for it`);
  }
  for (const name of names) {
    const member = statusByName.get(name);
    if (!member) problems.push(`code ${entry.code}: the registry attributes ${name} to the SDK, but status.d.ts has no such member`);
    else if (member.value !== entry.code) problems.push(`code ${entry.code}: ${name} is ${member.value} in status.d.ts`);
  }
  const typeDeclared = entry.typeDeclared ?? true;
  const typedValue = typedMembers.find((member) => member.name === entry.name)?.value;
  if (typeDeclared !== (typedValue === entry.code)) {
    problems.push(
      `code ${entry.code}: typeDeclared is ${typeDeclared}, but AgoraChat.Code ${
        typedValue === undefined ? `lacks ${entry.name}` : typedValue === entry.code ? `declares ${entry.name}` : `declares ${entry.name} as ${typedValue}`
      }`,
    );
  }
  if (entry.official?.name && entry.official.name !== entry.name) {
    const owner = statusByName.get(entry.official.name);
    notes.push(
      `declared: code ${entry.code}: the official table prints ${entry.official.name}${owner ? ` (${owner.value} in the SDK)` : ''}; the SDK's name is ${entry.name} (declared as official.name)`,
    );
  }
}

// Names the typed enum has beyond status.d.ts must be documented or declared, and declarations must still hold.
const documentedNames = new Set(registry.map((entry) => entry.name));
const typedOnly = [...typedEnum].filter((name) => !statusByName.has(name) && !documentedNames.has(name));
for (const name of typedOnly) {
  const declaration = declared.find((difference) => difference.name === name);
  if (!declaration) problems.push(`Agora-chat.d.ts: AgoraChat.Code declares ${name}, which status.d.ts lacks; document it or declare it in ${options.differences}`);
  else notes.push(`declared: ${name} (${declaration.code}): only in ${declaration.where}; declared: ${declaration.reason.split('. ')[0]}.`);
}
for (const difference of declared) {
  if (!typedOnly.includes(difference.name)) problems.push(`${options.differences}: ${difference.name} is declared as a difference, but the SDK no longer differs there`);
}

// The pinned column of the SDK history is what the extractor reads from the installed package now.
interface HistoryFile {
  pinned: string;
  versions: { version: string; constants: Record<string, ExtractedConstant> }[];
}
const history = JSON.parse(readFileSync(options.history, 'utf8')) as HistoryFile;
const recorded = history.versions.find((entry) => entry.version === installed)?.constants;
const extracted = (options.extracted ? (JSON.parse(readFileSync(options.extracted, 'utf8')) as ReturnType<typeof extractVersion>) : extractVersion(sdkDir)).constants;
if (history.pinned !== pinned) problems.push(`${options.history}: pinned is ${history.pinned}, but package.json pins ${pinned}: run npm run sdk:history`);
if (!recorded) {
  problems.push(`${options.history}: no column for the installed agora-chat ${installed}: run npm run sdk:history`);
} else {
  const show = (value: unknown) => JSON.stringify(value);
  for (const name of new Set([...Object.keys(recorded), ...Object.keys(extracted)])) {
    const [was, now] = [recorded[name], extracted[name]];
    if (!was || !now) {
      problems.push(`${options.history} ${installed}: ${name} is ${was ? 'recorded' : 'not recorded'}, but the installed package ${now ? `has it (${now.code})` : 'lacks it'}`);
      continue;
    }
    for (const field of ['code', 'declared', 'typed', 'raised', 'messages'] as const) {
      if (show(was[field]) !== show(now[field])) {
        problems.push(`${options.history} ${installed}: ${name}.${field} is ${show(was[field])}, but the installed package gives ${show(now[field])}`);
      }
    }
  }

  // Every number some published version raises has a page; unreachable is claimed only of a raised path.
  const raisedSomewhere = new Map<number, string[]>();
  for (const { version, constants } of history.versions) {
    for (const constant of Object.values(constants)) {
      if (constant.raised && !(raisedSomewhere.get(constant.code) ?? []).includes(version)) raisedSomewhere.set(constant.code, [...(raisedSomewhere.get(constant.code) ?? []), version]);
    }
  }
  for (const [code, versions] of raisedSomewhere) {
    if (!byCode.has(code)) problems.push(`code ${code}: agora-chat ${versions.join(', ')} raise${versions.length === 1 ? 's' : ''} it, but the registry has no entry for it`);
  }
  const raisedNow = new Set(Object.values(extracted).filter((constant) => constant.raised).map((constant) => constant.code));
  const notRaisedNow = registry.filter((entry) => !raisedNow.has(entry.code)).map((entry) => entry.code);
  notes.push(
    `${options.history}: ${Object.keys(extracted).length} constants of ${installed} match the installed package; ${raisedNow.size} numbers raised; documented but not raised by ${installed}: ${notRaisedNow.join(', ') || 'none'}`,
  );
  for (const entry of registry.filter((candidate) => candidate.unreachable)) {
    if (!Object.values(recorded).some((constant) => constant.code === entry.code && constant.raised)) {
      problems.push(`code ${entry.code}: the registry says unreachable, but agora-chat ${installed} has no code path raising it`);
    }
  }
}

// Claims and their evidence.
const claims = readYaml<ClaimRecord[]>(options.proofs);
const recordedReadings = existsSync(options.readings) ? (JSON.parse(readFileSync(options.readings, 'utf8')) as { readings: BundleReading[] }).readings : [];
problems.push(
  ...claimProblems(claims, {
    file: options.proofs,
    installed,
    readInstalled: (file) => {
      const full = path.join(sdkDir, file);
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    },
    recorded: recordedReadings,
    recordedFile: options.readings,
  }),
);
// A claim without a code shows only where a page cites it.
const cited = citedClaimIds(options.root);
for (const claim of claims) {
  if (claim.code === undefined && !cited.has(claim.id)) problems.push(`${options.proofs}: claim "${claim.id}" has no code and no page shows it with <Claim id="${claim.id}" />`);
}
const counts = countClaims(claims);
const statements = uncitedInContent(options.root);
const exempted = statements.filter((statement) => statement.exempt !== undefined);
const uncited = statements.filter((statement) => statement.exempt === undefined);
const allowed = new Map(
  readFileSync(options.uncited, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [file = '', count = '0'] = line.trim().split(/\s+/);
      return [file, Number(count)] as const;
    }),
);
const uncitedByFile = new Map<string, number>();
for (const statement of uncited) uncitedByFile.set(statement.file, (uncitedByFile.get(statement.file) ?? 0) + 1);
for (const [file, count] of uncitedByFile) {
  const limit = allowed.get(file) ?? 0;
  if (count > limit) {
    const lines = uncited.filter((statement) => statement.file === file).map((statement) => `${file}:${statement.line}`);
    problems.push(`${file}: ${count} statement(s) about the SDK outside claim records, ${options.uncited} allows ${limit}: make each a claim (content/sdk-proofs.yaml, <Claim id="…" />): ${lines.join(', ')}`);
  }
}
for (const [file, limit] of allowed) {
  const count = uncitedByFile.get(file) ?? 0;
  if (count < limit) problems.push(`${options.uncited}: ${file} allows ${limit} uncited statement(s) but has ${count}: lower the count (it may only go down)`);
}

// A code page's front matter (cause, fix, confusable differences) that names a channel or a field of the
// error object states what the SDK does, so its code needs at least one claim (docs/style.md §7).
const FRONT_MATTER_SDK = /`(?:error\.(?:message|data|xhr|reason)[\w.]*|onError|onDisconnected|onReconnecting|onFileDownloadError|onFileUploadError|fail|success)`|\bpromise\b/i;
const claimedCodes = new Set(claims.filter((claim) => claim.code !== undefined).map((claim) => String(claim.code)));
for (const locale of ['zh-cn', 'en']) {
  const dir = path.join(options.root, 'content/codes', locale);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
    const code = name.slice(0, -'.mdx'.length);
    if (claimedCodes.has(code)) continue;
    const front = (parse(readFileSync(path.join(dir, name), 'utf8').split(/^---$/m)[1] ?? '') ?? {}) as {
      cause?: string;
      fix?: string;
      confusable?: { difference?: string }[];
    };
    const fields: [string, string | undefined][] = [
      ['cause', front.cause],
      ['fix', front.fix],
      ...(front.confusable ?? []).map((entry, index): [string, string | undefined] => [`confusable[${index}].difference`, entry.difference]),
    ];
    for (const [field, text] of fields) {
      const match = text?.match(FRONT_MATTER_SDK);
      if (match) problems.push(`content/codes/${locale}/${name}: ${field} names ${match[0]} (what the SDK does), but code ${code} has no claim in ${options.proofs}: add one, or state less`);
    }
  }
}

const documented = registry.filter((entry) => entry.sdk).length;
console.log(`agora-chat ${installed}: status.d.ts has ${statusEnum.length} names for ${new Set(statusEnum.map((m) => m.value)).size} codes; AgoraChat.Code has ${typedEnum.size} names`);
console.log(`registry: ${registry.length} codes, ${documented} from the SDK, ${registry.filter((entry) => entry.official).length} from the official table, ${registry.filter((entry) => entry.typeDeclared === false).length} missing from AgoraChat.Code`);
for (const note of notes) console.log(`  ${note}`);
console.log(
  `claims: ${counts.claims}, proven by running: ${counts.run}, proven by reading: ${counts.read}, without evidence: ${counts.withoutEvidence}; uncited statements about the SDK in pages: ${uncited.length} (in ${uncitedByFile.size} files); declared not about the SDK: ${exempted.length}`,
);
for (const statement of exempted) console.log(`  not about the SDK: ${statement.file}:${statement.line}: ${statement.exempt}`);
if (problems.length > 0) {
  console.error(`\ncheck:sdk found ${problems.length} undeclared difference(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('check:sdk: the registry matches the SDK');
