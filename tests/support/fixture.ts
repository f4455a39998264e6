import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './source';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'docs'];

/** A throw-away copy of the project (node_modules linked, not copied) to break on purpose. */
export class ProjectFixture {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), 'errors-fixture-'));
    for (const name of COPIED) cpSync(path.join(ROOT, name), path.join(this.dir, name), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(this.dir, 'node_modules'), 'dir');
  }

  read(file: string): string {
    return readFileSync(path.join(this.dir, file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(path.join(this.dir, file), text);
  }

  /** Replaces `search` (which must occur) in `file`. */
  edit(file: string, search: string | RegExp, replacement: string): void {
    const before = this.read(file);
    const after = before.replace(search, replacement);
    if (after === before) throw new Error(`fixture edit: ${String(search)} not found in ${file}`);
    this.write(file, after);
  }

  remove(file: string): void {
    rmSync(path.join(this.dir, file));
  }

  /** Runs an astro command (sync: content loading and validation only; build: the whole site) in the copy. */
  astro(command: 'sync' | 'build'): { status: number | null; output: string } {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 240_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
