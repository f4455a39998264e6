import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HOST_FILES, nginxConfigBase } from '../../src/routes/host-config';
import { ROOT } from './source';

/**
 * The two built sites the tests serve: `npm run build` (dist/, at the domain root) and
 * `npm run build:subpath` (dist-subpath/, under SITE_BASE). npm test builds both, once.
 */
export type SiteName = 'root' | 'subpath';

const builds: Record<SiteName, { dir: string; command: string }> = {
  root: { dir: path.join(ROOT, 'dist'), command: 'npm run build' },
  subpath: { dir: path.join(ROOT, 'dist-subpath'), command: 'npm run build:subpath' },
};

export interface BuiltSite {
  name: SiteName;
  dir: string;
  /** The base path it was built for ("/" or "/docs/chat/errors/"), as its nginx configuration records it. */
  base: string;
}

export function builtSite(name: SiteName): BuiltSite {
  const { dir, command } = builds[name];
  const config = path.join(dir, HOST_FILES.nginx);
  if (!existsSync(config)) throw new Error(`${path.relative(ROOT, dir)}/ is not built: run \`${command}\` first (npm test does)`);
  const base = nginxConfigBase(readFileSync(config, 'utf8'));
  if (!base) throw new Error(`${config} does not record its base: run \`${command}\` again`);
  if ((name === 'subpath') === (base === '/')) throw new Error(`${path.relative(ROOT, dir)}/ was built for the base ${base}: run \`${command}\` again`);
  return { name, dir, base };
}
