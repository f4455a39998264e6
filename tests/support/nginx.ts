import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { builtSite, type BuiltSite, type SiteName } from './sites';
import { ROOT } from './source';

/** First of the four ports the nginx tests use: root site on this one and the next, sub-path site on the two after. */
const FIRST_PORT = Number(process.env.NGINX_TEST_PORT ?? 8096);

export interface NginxServer extends BuiltSite {
  /** "http://127.0.0.1:8096" */
  origin: string;
  /** Whether serve:nginx loaded the brotli module (it does when the module is installed). */
  brotli: boolean;
}

/**
 * `npm run serve:nginx` on a built site: `const nginx = await serve('subpath')`. Each worker starts a
 * site's server once, on its own port, when a test first asks. Stopping it checks the script's own
 * promise: SIGTERM ends it with exit code 0 and its temp folder gone.
 */
export const test = base.extend<object, { serve: (siteName: SiteName) => Promise<NginxServer> }>({
  serve: [
    async ({}, use, workerInfo) => {
      const started = new Map<SiteName, Promise<NginxServer>>();
      const stops: (() => Promise<void>)[] = [];
      await use((siteName) => {
        const known = started.get(siteName);
        if (known) return known;
        const port = FIRST_PORT + (siteName === 'subpath' ? 2 : 0) + (workerInfo.parallelIndex % 2);
        const server = start(builtSite(siteName), port, stops);
        started.set(siteName, server);
        return server;
      });
      for (const stop of stops) await stop();
    },
    { scope: 'worker', timeout: 30_000 },
  ],
});

async function start(site: BuiltSite, port: number, stops: (() => Promise<void>)[]): Promise<NginxServer> {
  const server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve-nginx.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), SITE_OUT_DIR: site.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  let temp = '';
  stops.push(async () => {
    server.kill('SIGTERM');
    expect(await exited, output).toBe(0);
    expect(existsSync(temp), `${temp} left behind`).toBe(false);
  });
  await expect.poll(() => (server.exitCode === null ? /serve:nginx: .* at http/.test(output) : `exited: ${output}`), { timeout: 20_000 }).toBe(true);
  temp = /temp files in (\S+)\)/.exec(output)?.[1] ?? '';
  expect(existsSync(temp), output).toBe(true);
  return { ...site, origin: `http://127.0.0.1:${port}`, brotli: /gzip, brotli/.test(output) };
}

export { expect };
