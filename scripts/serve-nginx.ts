/**
 * `PORT=8080 npm run serve:nginx`: serves the built site with nginx in the foreground, as in production,
 * with the configuration the build wrote (dist/_nginx.conf: redirects, 404s, headers, caching, gzip; brotli
 * when the module is installed). The site folder is SITE_OUT_DIR (as for the build), else dist/.
 * Temporary files, the pid file and the access log go to a fresh temp folder, removed on stop.
 * Ctrl-C or SIGTERM stops nginx and exits 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HOST_FILES, nginxConfigBase } from '../src/routes/host-config.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITE = path.resolve(ROOT, process.env.SITE_OUT_DIR ?? 'dist');
const HOST = '127.0.0.1';

function fail(message: string): never {
  console.error(`serve:nginx: ${message}`);
  process.exit(1);
}

const PORT = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65_535) fail(`PORT must be a port number (1-65535), got "${process.env.PORT}"`);

const siteConfig = path.join(SITE, HOST_FILES.nginx);
const relativeSite = path.relative(ROOT, SITE) || '.';
if (!existsSync(path.join(SITE, 'index.html')) || !existsSync(siteConfig)) {
  fail(`${relativeSite}/ is not built (no index.html or ${HOST_FILES.nginx}): run \`npm run build\` first`);
}
const base = nginxConfigBase(readFileSync(siteConfig, 'utf8'));
if (!base) fail(`${relativeSite}/${HOST_FILES.nginx} does not name its base: rebuild with \`npm run build\``);

// nginx itself: NGINX names the binary, else the one on PATH, else Debian's.
const candidates = process.env.NGINX ? [process.env.NGINX] : ['nginx', '/usr/sbin/nginx'];
const nginx = candidates.find((candidate) => !spawnSync(candidate, ['-v']).error);
if (!nginx) fail(`nginx is not installed (looked for ${candidates.join(', ')}): on Debian, \`apt-get install nginx\`; or set NGINX to its path`);
const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
if (version.error || version.status !== 0) fail(`cannot run ${nginx}: ${version.error?.message ?? version.stderr}`);
const buildOption = (name: string) => new RegExp(`--${name}=(\\S+)`).exec(version.stderr)?.[1];

const mimeTypes = path.join(path.dirname(buildOption('conf-path') ?? '/etc/nginx/nginx.conf'), 'mime.types');
if (!existsSync(mimeTypes)) fail(`${mimeTypes} is missing: nginx's MIME types are needed (Debian package nginx-common)`);
const brotliModule = path.join(buildOption('modules-path') ?? '/usr/lib/nginx/modules', 'ngx_http_brotli_filter_module.so');
const brotli = existsSync(brotliModule);

// Every path nginx reads is quoted in its configuration: refuse one that would end the string.
const quote = (value: string) => {
  if (/["\\$]/.test(value)) fail(`cannot use the path ${value} in an nginx configuration (it holds ", \\ or $)`);
  return `"${value}"`;
};

const temp = mkdtempSync(path.join(tmpdir(), 'serve-nginx-'));
const removeTemp = () => rmSync(temp, { recursive: true, force: true });
// Under a sub-path the site's files must sit at <root><base>: a link in the temp folder puts them there.
let webRoot = SITE;
if (base !== '/') {
  webRoot = path.join(temp, 'www');
  const mountPoint = path.join(webRoot, ...base.split('/').filter(Boolean));
  try {
    mkdirSync(path.dirname(mountPoint), { recursive: true });
    symlinkSync(SITE, mountPoint);
  } catch (error) {
    removeTemp();
    fail(`cannot link ${relativeSite}/ into ${webRoot}: ${(error as Error).message}`);
  }
}

const config = [
  'daemon off;',
  'worker_processes 1;',
  // As root (CI), nginx would switch its workers to "nobody", who may not read the checkout.
  ...(process.getuid?.() === 0 ? ['user root;'] : []),
  `pid ${quote(path.join(temp, 'nginx.pid'))};`,
  'error_log stderr warn;',
  ...(brotli ? [`load_module ${quote(brotliModule)};`] : []),
  'events { worker_connections 256; }',
  'http {',
  `  include ${quote(mimeTypes)};`,
  '  default_type application/octet-stream;',
  `  access_log ${quote(path.join(temp, 'access.log'))};`,
  ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${quote(path.join(temp, kind))};`),
  '  sendfile on;',
  ...(brotli ? [`  include ${quote(path.join(SITE, HOST_FILES.nginxBrotli))};`] : []),
  '  server {',
  `    listen ${HOST}:${PORT};`,
  '    server_name localhost;',
  `    root ${quote(webRoot)};`,
  `    include ${quote(siteConfig)};`,
  '  }',
  '}',
  '',
].join('\n');
const configFile = path.join(temp, 'nginx.conf');
writeFileSync(configFile, config);

const server = spawn(nginx, ['-p', temp, '-c', configFile, '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
let stopping = false;

server.on('error', (error) => {
  removeTemp();
  fail(`cannot start ${nginx}: ${error.message}`);
});
server.on('exit', (code, signal) => {
  removeTemp();
  if (stopping) process.exit(0);
  fail(`nginx stopped (${signal ?? `exit code ${code}`}); its messages are above`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    server.kill('SIGTERM'); // nginx's fast shutdown; exit follows in the 'exit' handler
  });
}

// Report the address once nginx answers (it prints nothing itself when all is well).
const url = `http://${HOST}:${PORT}${base}`;
for (let attempt = 0; attempt < 100 && !stopping && server.exitCode === null; attempt += 1) {
  const response = await fetch(url, { redirect: 'manual' }).catch(() => undefined);
  if (response) {
    console.log(`serve:nginx: ${relativeSite}/ at ${url} (nginx, gzip${brotli ? ', brotli' : ''}; ${HOST_FILES.nginx}; temp files in ${temp}). Ctrl-C stops it.`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
