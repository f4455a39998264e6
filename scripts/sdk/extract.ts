/**
 * The extractor: what one unpacked agora-chat package says about its error codes.
 *
 * For every constant of the runtime enum (and any the typings declare beyond it): its number, how
 * status.d.ts declares it, whether AgoraChat.Code declares it, whether the main bundle or a plugin
 * build raises it, and the literal messages raised with it. `node scripts/sdk/extract.ts <dir>`
 * prints it as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCodeEnum } from './declared-enum.ts';
import { findRaised } from './raised.ts';
import { readRuntimeEnum } from './runtime-enum.ts';

export interface ExtractedConstant {
  code: number;
  declared: 'public' | 'hidden' | null;
  typed: boolean;
  raised: boolean;
  messages: string[];
}

export interface ExtractedVersion {
  version: string;
  constants: Record<string, ExtractedConstant>;
}

/** The JavaScript builds of a package: the main bundle, then each plugin folder's build (miniCore, localCache, group, …). */
export function bundlesOf(dir: string): string[] {
  const plugins = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(path.join(dir, entry.name)).filter((file) => file.endsWith('.js')).map((file) => path.join(dir, entry.name, file)))
    .sort();
  return [path.join(dir, 'Agora-chat.js'), ...plugins];
}

export function extractVersion(dir: string): ExtractedVersion {
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  const runtime = readRuntimeEnum(path.resolve(dir, 'Agora-chat.js'));
  // status.d.ts moved from types/ (1.1.0) to the top (1.2.0 on); 1.0.x has none.
  const status = readCodeEnum([path.join(dir, 'status.d.ts'), path.join(dir, 'types', 'status.d.ts')]);
  const typed = readCodeEnum([path.join(dir, 'Agora-chat.d.ts')]);

  const numbers = new Map<string, number>(Object.entries(runtime));
  for (const member of [...(status?.members ?? []), ...(typed?.members ?? [])]) if (!numbers.has(member.name)) numbers.set(member.name, member.value);
  const names = new Set(numbers.keys());

  const raised = new Map<string, Set<string>>();
  for (const bundle of bundlesOf(dir)) {
    for (const [name, messages] of findRaised(bundle, readFileSync(bundle, 'utf8'), names)) {
      const set = raised.get(name) ?? new Set<string>();
      for (const message of messages) set.add(message);
      raised.set(name, set);
    }
  }

  const statusByName = new Map(status?.members.map((member) => [member.name, member]));
  const typedNames = new Set(typed?.members.map((member) => member.name));
  const constants = Object.fromEntries(
    [...numbers]
      .sort(([nameA, a], [nameB, b]) => a - b || nameA.localeCompare(nameB))
      .map(([name, code]): [string, ExtractedConstant] => {
        const declaration = statusByName.get(name);
        return [
          name,
          {
            code,
            declared: declaration ? (declaration.hidden ? 'hidden' : 'public') : null,
            typed: typedNames.has(name),
            raised: raised.has(name),
            // An empty message ("" as the fallback of a server reason) tells a reader nothing.
            messages: [...(raised.get(name) ?? [])].filter((message) => message !== '').sort(),
          },
        ];
      }),
  );
  return { version, constants };
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/sdk/extract.ts <unpacked agora-chat package folder>');
    process.exit(2);
  }
  console.log(JSON.stringify(extractVersion(dir), null, 2));
}
