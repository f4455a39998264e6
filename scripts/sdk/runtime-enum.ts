/** Reads the runtime enum (`statusCode`) of an agora-chat bundle by loading it in a fresh Node process. */
import { spawnSync } from 'node:child_process';

// The bundle expects a browser; these two globals are enough for it to load. A child process per
// bundle keeps versions from polluting each other (and this process) through globals or timers.
const loader = `
globalThis.self = globalThis; globalThis.window = globalThis;
const sdk = require(process.argv[1]);
const statusCode = (sdk.default ?? sdk).statusCode;
const names = Object.entries(statusCode).filter(([, value]) => typeof value === 'number');
process.stdout.write(JSON.stringify(Object.fromEntries(names)));
process.exit(0);
`;

/** Name → number of every numeric member of the bundle's statusCode. */
export function readRuntimeEnum(bundle: string): Record<string, number> {
  const result = spawnSync(process.execPath, ['-e', loader, bundle], { encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${bundle}: loading the bundle failed (${result.error?.message ?? result.stderr.trim().split('\n').at(-1)})`);
  const parsed: unknown = JSON.parse(result.stdout);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${bundle}: statusCode is not an object`);
  return Object.fromEntries(Object.entries(parsed).filter((pair): pair is [string, number] => typeof pair[1] === 'number'));
}
