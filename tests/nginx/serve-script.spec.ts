import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/source';

/** `npm run serve:nginx` refuses to start, with a message that says what to do, when it cannot serve. */
function serve(env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/serve-nginx.ts')], { cwd: ROOT, env: { ...process.env, PORT: '8099', ...env }, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('an unbuilt site', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'unbuilt-'));
  try {
    const { status, output } = serve({ SITE_OUT_DIR: empty });
    expect(status).toBe(1);
    expect(output).toContain(`is not built (no index.html or _nginx.conf): run \`npm run build\` first`);
  } finally {
    rmSync(empty, { recursive: true });
  }
});

test('no nginx', () => {
  const { status, output } = serve({ NGINX: '/nonexistent/nginx' });
  expect(status).toBe(1);
  expect(output).toContain('nginx is not installed (looked for /nonexistent/nginx): on Debian, `apt-get install nginx`');
});

test('a bad port', () => {
  const { status, output } = serve({ PORT: '80x' });
  expect(status).toBe(1);
  expect(output).toContain('PORT must be a port number (1-65535), got "80x"');
});
