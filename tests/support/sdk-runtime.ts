import { execFileSync } from 'node:child_process';
import { ROOT } from './source';

/**
 * The SDK's runtime enum (name → number, as `AC.statusCode` holds it), read by loading the real
 * bundle in a separate Node process: the bundle expects browser globals, which stay out of ours.
 */
export function readRuntimeStatusCodes(): Record<string, number> {
  const script = `
    globalThis.self = globalThis;
    globalThis.window = globalThis;
    const statusCode = require('agora-chat').default.statusCode;
    const names = Object.fromEntries(Object.entries(statusCode).filter(([name, value]) => typeof value === 'number' && !/^-?\\d+$/.test(name)));
    process.stdout.write(JSON.stringify(names));
  `;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output.slice(output.indexOf('{'))) as Record<string, number>;
}
