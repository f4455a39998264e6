import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/routes/csp';
import { CACHE_CONTROL, headersFile, hostFiles, nginxConfig, nginxConfigBase, redirectsFile, SECURITY_HEADERS, type HostSite } from '../../src/routes/host-config';

const root: HostSite = {
  base: '/',
  redirects: [
    { from: '/en/codes/SERVER_BUSY/', to: '/en/codes/503/' },
    { from: '/codes/SERVER_BUSY/', to: '/codes/503/' },
    { from: '/codes/WEBIM_LEGACY_NAME/', to: '/codes/legacy/#WEBIM_LEGACY_NAME' },
  ],
};
const subpath: HostSite = {
  base: '/docs/errors/',
  redirects: [{ from: '/docs/errors/codes/SERVER_BUSY/', to: '/docs/errors/codes/503/' }],
};

/** The body of every `location … { … }` block of an nginx configuration. */
function locationBlocks(config: string): string[] {
  return [...config.matchAll(/^location [^{]*\{([^}]*(?:\{[^}]*\}[^}]*)*)\}/gm)].map((match) => match[1] ?? '');
}

test.describe('nginx configuration', () => {
  test('a 301 per name, with and without the trailing slash, keeping an #anchor inside quotes', () => {
    const config = nginxConfig(root);
    expect(config).toContain(`location = /codes/SERVER_BUSY/ { set $cache_control "${CACHE_CONTROL.redirect}"; return 301 "/codes/503/"; }`);
    expect(config).toContain('location = /codes/SERVER_BUSY { ');
    expect(config).toContain('location = /en/codes/SERVER_BUSY/ { ');
    // Unquoted, nginx would read "#WEBIM_LEGACY_NAME;" as a comment and lose the anchor and the semicolon.
    expect(config).toContain('return 301 "/codes/legacy/#WEBIM_LEGACY_NAME"; }');
    expect(config.match(/return 301/g)).toHaveLength(6);
  });

  test('security headers once, at server level, on every response; no location drops them', () => {
    const config = nginxConfig(root);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(config).toContain(`\nadd_header ${name} "${value}" always;`);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    const blocks = locationBlocks(config);
    expect(blocks.length).toBeGreaterThan(6);
    for (const block of blocks) expect(block).not.toContain('add_header');
  });

  test('hashed files are immutable, everything else revalidates, Markdown is typed', () => {
    const config = nginxConfig(root);
    expect(config).toMatch(new RegExp(`location \\^~ /_astro/ \\{\\s*set \\$cache_control "${CACHE_CONTROL.immutable}";`));
    const pagefindHashed = config.split('location ~ ^/pagefind/.+\\.(?:pf_meta|pf_index|pf_fragment|pf_filter)$ {\n')[1]?.split('\n}')[0];
    expect(pagefindHashed).toContain(`set $cache_control "${CACHE_CONTROL.immutable}";`);
    expect(config).toMatch(/location \/ \{\s*set \$cache_control "no-cache";/);
    expect(config).toContain('types { text/markdown md; }');
    expect(config).toContain('error_page 404 /404.html;');
  });

  test('under a sub-path every location, the 404 page and the recorded base carry the base', () => {
    const config = nginxConfig(subpath);
    expect(nginxConfigBase(config)).toBe('/docs/errors/');
    expect(nginxConfigBase(nginxConfig(root))).toBe('/');
    expect(config).toContain('error_page 404 /docs/errors/404.html;');
    const locations = [...config.matchAll(/^location (?:= |\^~ )?(\S+)/gm)].map((match) => match[1] ?? '');
    expect(locations.length).toBeGreaterThan(6);
    for (const location of locations.filter((path) => !path.startsWith('~'))) expect(location).toMatch(/^\/docs\/errors\//);
    expect(config).toContain('location ~ ^/docs/errors/pagefind/');
    expect(config).not.toMatch(/location [^\n]*\^\/(?!docs)/);
  });

  test('a base without its trailing slash is the same base', () => {
    expect(nginxConfig({ ...subpath, base: '/docs/errors' })).toBe(nginxConfig(subpath));
  });
});

test.describe('_headers and _redirects', () => {
  test('_redirects: one forced 301 per name, sorted, anchor kept', () => {
    const lines = redirectsFile(root).split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(['/codes/SERVER_BUSY/ /codes/503/ 301!', '/codes/WEBIM_LEGACY_NAME/ /codes/legacy/#WEBIM_LEGACY_NAME 301!', '/en/codes/SERVER_BUSY/ /en/codes/503/ 301!']);
    expect(redirectsFile(subpath)).toContain('/docs/errors/codes/SERVER_BUSY/ /docs/errors/codes/503/ 301!');
  });

  test('_headers: security headers on every path; Cache-Control only on hashed files', () => {
    const rules = headersFile(subpath)
      .split(/\n(?=\S)/)
      .filter((rule) => !rule.startsWith('#'))
      .map((rule) => rule.trim().split('\n'));
    const [first, ...rest] = rules;
    expect(first?.[0]).toBe('/docs/errors/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(first).toContain(`  ${name}: ${value}`);
    expect(first?.join('\n')).not.toContain('Cache-Control');
    expect(rest.map((rule) => rule[0])).toEqual(['/docs/errors/_astro/*', '/docs/errors/pagefind/index/*', '/docs/errors/pagefind/fragment/*', '/docs/errors/pagefind/filter/*']);
    for (const rule of rest) expect(rule.slice(1)).toEqual([`  Cache-Control: ${CACHE_CONTROL.immutable}`]);
  });

  test('the four files, by their names in dist/', () => {
    expect(Object.keys(hostFiles(root)).sort()).toEqual(['_headers', '_nginx-brotli.conf', '_nginx.conf', '_redirects']);
    expect(hostFiles(root)['_nginx-brotli.conf']).toMatch(/^brotli on;$/m);
  });
});

test.describe('bad input fails with what is wrong', () => {
  const cases: [string, HostSite, string][] = [
    ['a base that is not a path', { base: 'docs', redirects: [] }, 'base must be a path like "/" or "/docs/errors/", got "docs"'],
    ['a base with a space', { base: '/my docs/', redirects: [] }, 'got "/my docs/"'],
    ['a source outside the base', { base: '/docs/', redirects: [{ from: '/codes/X/', to: '/docs/codes/1/' }] }, 'redirect /codes/X/ → /docs/codes/1/: source must be a path under the base "/docs/" ending in "/"'],
    ['a target outside the base', { base: '/docs/', redirects: [{ from: '/docs/codes/X/', to: '/codes/1/' }] }, 'target must be a path under the base "/docs/"'],
    ['an nginx variable in a target', { base: '/', redirects: [{ from: '/codes/X/', to: '/codes/$host/' }] }, 'must not contain spaces, quotes, backslashes, "$"'],
    ['a redirect to itself', { base: '/', redirects: [{ from: '/codes/X/', to: '/codes/X/' }] }, 'source and target are the same'],
    [
      'one source, two targets',
      { base: '/', redirects: [{ from: '/codes/X/', to: '/codes/1/' }, { from: '/codes/X/', to: '/codes/2/' }] },
      'redirect /codes/X/ → /codes/2/: source already redirects to /codes/1/',
    ],
  ];
  for (const [what, site, message] of cases) {
    test(what, () => {
      expect(() => hostFiles(site)).toThrow(message);
    });
  }

  test('the same redirect twice is written once', () => {
    const twice: HostSite = { base: '/', redirects: [root.redirects[1] ?? { from: '', to: '' }, root.redirects[1] ?? { from: '', to: '' }] };
    expect(redirectsFile(twice).match(/301!/g)).toHaveLength(1);
  });
});
