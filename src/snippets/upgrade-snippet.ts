/**
 * Names whose number changed between published versions (LOCAL_DB_OPERATION_FAILED: 55, then 800),
 * and a snippet that recognises such an error on both sides of an upgrade: it compares error.type
 * with every number the name has had. The content tests compile it like every snippet of the site.
 */
import type { RegistryEntry } from '../schemas/registry';
import { snippetCalls } from './snippet-calls';
import type { DiffHistory } from '../sdk/version-diff';

export interface MovedName {
  name: string;
  /** Each number the name has had, with the versions that give it, in order of first appearance. */
  numbers: { code: number; versions: string[] }[];
}

/** Every name that has had more than one number across the history. */
export function movedNames(history: DiffHistory): MovedName[] {
  const byName = new Map<string, MovedName>();
  for (const { version, constants } of history.versions) {
    for (const [name, constant] of Object.entries(constants)) {
      const entry = byName.get(name) ?? { name, numbers: [] };
      const number = entry.numbers.find((candidate) => candidate.code === constant.code);
      if (number) number.versions.push(version);
      else entry.numbers.push({ code: constant.code, versions: [version] });
      byName.set(name, entry);
    }
  }
  return [...byName.values()].filter((entry) => entry.numbers.length > 1).sort((a, b) => a.name.localeCompare(b.name));
}

/** The anchor of a moved name's snippet on the upgrade page. */
export const snippetAnchor = (name: string) => `snippet-${name}`;

export interface BothSidesInput {
  name: string;
  codes: readonly number[];
  /** Where the newest number reaches the app (its registry entry's delivery). */
  delivery: RegistryEntry['delivery'];
  /** The comment above the list of numbers. */
  comment: string;
  /** The comment inside the branch. */
  branch: string;
}

/** TypeScript that checks error.type against every number of a moved name. */
export function bothSidesSnippet(input: BothSidesInput): string {
  const list = `${input.name}_CODES`;
  const declaration = `// ${input.comment}\nconst ${list}: readonly number[] = [${input.codes.join(', ')}];`;
  const check = (subject: string, indent: string) =>
    `${indent}if (${list}.includes(${subject}.type)) {\n${indent}  // ${input.branch}\n${indent}}`;
  const call = input.delivery.via === 'promise' && input.delivery.api !== undefined ? snippetCalls[input.delivery.api] : undefined;
  if (call && 'miniCore' in call) {
    return `import MiniCore from 'agora-chat/miniCore/miniCore';
import * as localCache from 'agora-chat/localCache/localCache';
import type { AgoraChat } from 'agora-chat';

${declaration}

const conn = new MiniCore({ appId: 'your-app-id' });
conn.usePlugin(localCache, 'localCache');

${call.call}.catch((error: AgoraChat.ErrorEvent) => {
${check('error', '  ')}
});
`;
  }
  const setup = call && 'setup' in call ? `${call.setup}\n` : '';
  const handling = call
    ? `${setup}${call.call}.catch((error: AgoraChat.ErrorEvent) => {\n${check('error', '  ')}\n});`
    : `conn.addEventHandler('upgrade-safe', {\n  onError: (error) => {\n${check('error', '    ')}\n  },\n});`;
  return `import AC from 'agora-chat';
import type { AgoraChat } from 'agora-chat';

${declaration}

const conn = new AC.connection({ appId: 'your-app-id' });

${handling}
`;
}
