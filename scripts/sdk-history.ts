/**
 * npm run sdk:history: what every published agora-chat version says about its error codes.
 *
 * Asks npm for the published versions, fetches each with `npm pack` into a cache outside the
 * tracked files (node_modules/.cache/agora-chat-history/), unpacks it, runs the extractor
 * (scripts/sdk/extract.ts) and writes content/sdk-history.json, oldest version first. Re-run it
 * when a new version is published. Options: --out FILE, --cache DIR.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractVersion } from './sdk/extract.ts';
import { compareSemver } from '../src/schemas/semver.ts';

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: 'content/sdk-history.json' },
    cache: { type: 'string', default: 'node_modules/.cache/agora-chat-history' },
  },
});

const npm = (args: string[], cwd?: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['agora-chat'];
if (!pinned) throw new Error('package.json: no devDependency agora-chat');
const published = (JSON.parse(npm(['view', 'agora-chat', 'versions', '--json'])) as string[]).sort(compareSemver);
if (!published.includes(pinned)) throw new Error(`package.json pins agora-chat ${pinned}, which npm does not list (${published.join(', ')})`);

const cache = path.resolve(options.cache);
mkdirSync(cache, { recursive: true });

const versions = published.map((version) => {
  const dir = path.join(cache, version);
  const packageDir = path.join(dir, 'package');
  if (!existsSync(path.join(packageDir, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    const tarball = npm(['pack', `agora-chat@${version}`, '--silent', '--pack-destination', dir]).trim().split('\n').at(-1) ?? '';
    execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', dir]);
  }
  const extracted = extractVersion(packageDir);
  if (extracted.version !== version) throw new Error(`${packageDir}: package.json says ${extracted.version}, expected ${version}`);
  const raised = Object.values(extracted.constants).filter((constant) => constant.raised).length;
  console.log(`${version}: ${Object.keys(extracted.constants).length} constants, ${raised} raised`);
  return extracted;
});

writeFileSync(options.out, `${JSON.stringify({ pinned, versions }, null, 2)}\n`);
console.log(`wrote ${options.out}: ${versions.length} versions, pinned ${pinned}`);
