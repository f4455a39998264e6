import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, type NginxServer } from '../support/nginx';

/**
 * The answers of `npm run serve:nginx` as HTTP: statuses, redirects, headers, caching, types and
 * compression, for the site at the domain root and under a sub-path. Requests are plain node:http
 * ones, so that nothing follows redirects or decodes bodies behind the test's back.
 */
interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(server: NginxServer, sitePath: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(`${server.origin}${sitePath}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** GET every path, a few dozen at a time (nginx's worker takes 256 connections): [path, response] pairs, in order. */
async function getAll(server: NginxServer, paths: readonly string[], headers: Record<string, string> = {}): Promise<[string, RawResponse][]> {
  const answers: [string, RawResponse][] = [];
  for (let start = 0; start < paths.length; start += 32) {
    const batch = paths.slice(start, start + 32);
    const responses = await Promise.all(batch.map(async (sitePath): Promise<[string, RawResponse]> => [sitePath, await get(server, sitePath, headers)]));
    answers.push(...responses);
  }
  return answers;
}

/** Files of the built site under `folder`, as site paths with the base. */
function builtFiles(server: NginxServer, folder: string, filter: (file: string) => boolean): string[] {
  return readdirSync(path.join(server.dir, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => filter(file) && statSync(path.join(server.dir, folder, file)).isFile())
    .map((file) => `${server.base}${path.posix.join(folder, file.split(path.sep).join('/'))}`);
}

/** Each name page the build wrote with a meta refresh, and where it points: read from the HTML, not from the generator. */
function metaRefreshPages(server: NginxServer): { from: string; to: string }[] {
  const pages: { from: string; to: string }[] = [];
  for (const locale of ['', 'en/']) {
    const codes = path.join(server.dir, locale, 'codes');
    for (const slug of readdirSync(codes)) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(slug)) continue; // constant names; code pages are numbers
      const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(path.join(codes, slug, 'index.html'), 'utf8'))?.[1];
      if (to) pages.push({ from: `${server.base}${locale}codes/${slug}/`, to: to.replaceAll('&amp;', '&') });
    }
  }
  return pages;
}

const HTML_PAGES = ['', 'en/', 'codes/206/', 'en/codes/206/', 'codes/GROUP_NOT_EXIST/', 'en/codes/GROUP_NOT_EXIST/', 'search/', 'en/search/', 'upgrade/', 'en/versions/1.4.0/'];

for (const siteName of ['root', 'subpath'] as const) {
  test.describe(`nginx, site at ${siteName === 'root' ? 'the domain root' : 'a sub-path'}`, () => {
    // Hundreds of requests per test: generous on a busy machine.
    test.describe.configure({ timeout: 90_000 });


    test('pages answer 200; directories without their slash 301 to it', async ({ serve }) => {
      const nginx = await serve(siteName);
      for (const page of [...HTML_PAGES, 'codes.json', 'codes/206.md', 'en/codes/206.md', 'llms.txt', 'robots.txt', 'sitemap-index.xml', 'favicon.svg']) {
        expect((await get(nginx, `${nginx.base}${page}`)).status, page).toBe(200);
      }
      const noSlash = await get(nginx, `${nginx.base}codes/206`);
      expect(noSlash.status).toBe(301);
      expect(noSlash.headers.location).toBe(`${nginx.base}codes/206/`);
    });

    test('unknown addresses and the host files answer 404 with the smart 404 page', async ({ serve }) => {
      const nginx = await serve(siteName);
      const notFoundPage = readFileSync(path.join(nginx.dir, '404.html'));
      for (const page of ['codes/9999/', 'en/codes/9999/', 'codes/NO_SUCH_NAME/', 'no/such/page', '_astro/missing.js', 'pagefind/missing.pf_meta', '_nginx.conf', '_nginx-brotli.conf', '_headers', '_redirects']) {
        const response = await get(nginx, `${nginx.base}${page}`);
        expect(response.status, page).toBe(404);
        expect(response.headers['content-type'], page).toBe('text/html; charset=utf-8');
        expect(response.body.equals(notFoundPage), `${page} serves 404.html`).toBe(true);
        expect(response.headers['cache-control'], page).toBe('no-cache');
      }
    });

    test('every name page answers 301 to where its meta refresh points: both locales, both spellings, with or without the slash', async ({ serve }) => {
      const nginx = await serve(siteName);
      const pages = metaRefreshPages(nginx);
      const redirectLines = readFileSync(path.join(nginx.dir, '_redirects'), 'utf8').split('\n').filter((line) => line.startsWith('/'));
      expect(pages.length).toBe(redirectLines.length);
      expect(pages.length).toBeGreaterThan(150);
      for (const spelling of ['CONNCTION', 'CONNECTION']) {
        for (const locale of ['', 'en/']) {
          expect(pages).toContainEqual({ from: `${nginx.base}${locale}codes/WEBIM_${spelling}_USER_LOGIN_ANOTHER_DEVICE/`, to: `${nginx.base}${locale}codes/206/` });
        }
      }
      const targets = new Map(pages.flatMap(({ from, to }) => [[from, to], [from.slice(0, -1), to]]));
      for (const [source, response] of await getAll(nginx, [...targets.keys()])) {
        expect(response.status, source).toBe(301);
        expect(response.headers.location, source).toBe(targets.get(source));
        expect(response.headers['cache-control'], source).toBe('public, max-age=3600');
      }
      // A name of two codes (the official table reuses it) stays a page that tells them apart.
      expect(pages.map(({ from }) => from)).not.toContain(`${nginx.base}codes/GROUP_NOT_EXIST/`);
    });

    test('every response carries the security headers: pages, assets, redirects, 404s', async ({ serve }) => {
      const nginx = await serve(siteName);
      const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(path.join(nginx.dir, 'index.html'), 'utf8'))?.[1]?.replaceAll('&#39;', "'");
      expect(metaPolicy).toContain("default-src 'none'");
      const samples = [
        [`${nginx.base}codes/206/`, 200],
        [`${nginx.base}pagefind/pagefind.js`, 200],
        [`${nginx.base}codes/SERVER_BUSY/`, 301],
        [`${nginx.base}codes/206`, 301],
        [`${nginx.base}en/codes/9999/`, 404],
        [`${nginx.base}_astro/missing.css`, 404],
      ] as const;
      for (const [page, status] of samples) {
        const { headers, status: actual } = await get(nginx, page);
        expect(actual, page).toBe(status);
        expect(headers['content-security-policy'], page).toBe(`${metaPolicy}; frame-ancestors 'none'`);
        expect(headers['x-content-type-options'], page).toBe('nosniff');
        expect(headers['referrer-policy'], page).toBe('strict-origin-when-cross-origin');
        expect(headers['permissions-policy'], page).toMatch(/^(?:[a-z-]+=\(\), )+[a-z-]+=\(\)$/);
        expect(headers.server, page).toBe('nginx');
      }
    });

    test('hashed files are cached for a year; everything else revalidates with its ETag', async ({ serve }) => {
      const nginx = await serve(siteName);
      const hashed = [...builtFiles(nginx, '_astro', () => true), ...builtFiles(nginx, 'pagefind', (file) => /\.pf_\w+$/.test(file))];
      expect(hashed.filter((file) => file.endsWith('.pf_meta'))).toHaveLength(2);
      expect(hashed.filter((file) => file.endsWith('.pf_fragment')).length).toBeGreaterThan(100);
      for (const [file, response] of await getAll(nginx, hashed)) expect(response.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');

      const unhashed = [...HTML_PAGES.map((page) => `${nginx.base}${page}`), ...builtFiles(nginx, 'pagefind', (file) => !file.includes(path.sep) && !/\.pf_\w+$/.test(file)), `${nginx.base}codes.json`, `${nginx.base}codes/206.md`];
      expect(unhashed).toContain(`${nginx.base}pagefind/wasm.en.pagefind`);
      expect(unhashed).toContain(`${nginx.base}pagefind/pagefind-entry.json`);
      for (const file of unhashed) {
        const first = await get(nginx, file);
        expect(first.headers['cache-control'], file).toBe('no-cache');
        const etag = first.headers.etag ?? '';
        expect(etag, file).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
        expect((await get(nginx, file, { 'If-None-Match': etag })).status, `${file} revalidated`).toBe(304);
      }

      // pagefind's unhashed script, entry and WebAssembly under the build's tag (?ts=, as the search page
      // and the patched pagefind.js ask for them): a URL of one build, kept like a hashed file.
      const tagged = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind'];
      for (const [file, response] of await getAll(nginx, tagged.map((file) => `${nginx.base}${file}?ts=mxbo542l`))) {
        expect(response.status, file).toBe(200);
        expect(response.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
      }
    });

    test('content types: Markdown, JSON, pagefind data, scripts, styles, pages', async ({ serve }) => {
      const nginx = await serve(siteName);
      const types: [string, string][] = [
        ['codes/206.md', 'text/markdown; charset=utf-8'],
        ['en/codes/206.md', 'text/markdown; charset=utf-8'],
        ['codes.json', 'application/json'],
        ['codes.schema.json', 'application/json'],
        ['versions.json', 'application/json'],
        ['versions.schema.json', 'application/json'],
        ['sdk-history.json', 'application/json'],
        ['lookup-index.json', 'application/json'],
        ['pagefind/pagefind-entry.json', 'application/json'],
        ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
        ['pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
        ['pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
        ['pagefind/pagefind-component-ui.css', 'text/css; charset=utf-8'],
        ['codes/206/', 'text/html; charset=utf-8'],
        ['llms.txt', 'text/plain; charset=utf-8'],
        ['sitemap-index.xml', 'text/xml; charset=utf-8'],
        ['favicon.svg', 'image/svg+xml; charset=utf-8'],
      ];
      const pagefindData = builtFiles(nginx, 'pagefind', (file) => /\.pf_\w+$/.test(file));
      for (const [file, response] of await getAll(nginx, [...types.map(([file]) => `${nginx.base}${file}`), ...pagefindData])) {
        const expected = types.find(([known]) => `${nginx.base}${known}` === file)?.[1] ?? 'application/octet-stream';
        expect(response.headers['content-type'], file).toBe(expected);
      }
    });

    test('text is compressed: gzip always, brotli when nginx has the module; pagefind data is sent as the gzip it is', async ({ serve }, testInfo) => {
      const nginx = await serve(siteName);
      const texts = [`${nginx.base}`, `${nginx.base}codes/206/`, `${nginx.base}codes.json`, `${nginx.base}codes/206.md`, `${nginx.base}pagefind/pagefind.js`, ...builtFiles(nginx, '_astro', (file) => file.endsWith('.css')).slice(0, 1)];
      const sizes: string[] = [];
      for (const file of texts) {
        const raw = await get(nginx, file);
        expect(raw.headers['content-encoding'], file).toBeUndefined();
        const gzip = await get(nginx, file, { 'Accept-Encoding': 'gzip' });
        expect(gzip.headers['content-encoding'], file).toBe('gzip');
        expect(gzip.headers.vary, file).toBe('Accept-Encoding');
        expect(gunzipSync(gzip.body).equals(raw.body), `${file}: gzip decodes to the file`).toBe(true);
        const best = await get(nginx, file, { 'Accept-Encoding': 'br, gzip' });
        expect(best.headers['content-encoding'], file).toBe(nginx.brotli ? 'br' : 'gzip');
        if (nginx.brotli) expect(brotliDecompressSync(best.body).equals(raw.body), `${file}: brotli decodes to the file`).toBe(true);
        expect(best.body.length, file).toBeLessThan(raw.body.length / 2);
        sizes.push(`${file}: ${raw.body.length} B raw, ${gzip.body.length} B gzip${nginx.brotli ? `, ${best.body.length} B brotli` : ''}`);
      }
      // pagefind's files are gzip already: labelled so for a browser that accepts gzip (which unzips them
      // natively, so pagefind skips its own unzip), byte for byte the file; unlabelled for any other client.
      const pagefindFiles = [`${nginx.base}pagefind/wasm.en.pagefind`, ...builtFiles(nginx, 'pagefind', (file) => /\.pf_(?:meta|index|fragment)$/.test(file)).slice(0, 3)];
      for (const file of pagefindFiles) {
        const onDisk = readFileSync(path.join(nginx.dir, file.slice(nginx.base.length)));
        const labelled = await get(nginx, file, { 'Accept-Encoding': 'br, gzip' });
        expect(labelled.headers['content-encoding'], file).toBe('gzip');
        expect(labelled.headers.vary, file).toBe('Accept-Encoding');
        expect(labelled.body.equals(onDisk), `${file}: the file itself`).toBe(true);
        expect(gunzipSync(labelled.body).subarray(0, 12).toString(), `${file}: unzips to pagefind's data`).toBe('pagefind_dcd');
        const plain = await get(nginx, file, { 'Accept-Encoding': 'br' });
        expect(plain.headers['content-encoding'], file).toBeUndefined();
        expect(plain.body.equals(onDisk), `${file}: the file itself`).toBe(true);
      }
      testInfo.annotations.push({ type: 'sizes', description: sizes.join('; ') });
    });
  });
}
