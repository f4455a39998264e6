/**
 * npm run bench: performance numbers, printed as tables. Informs; passes or fails nothing.
 *
 *   node scripts/bench.ts [--sizes 1000,10000] [--no-synthetic]
 *
 * 1. builds the real site (timed) and weighs each kind of page: HTML, CSS, JS, raw and gzip;
 * 2. checks the budgets docs/testing.md states;
 * 3. sizes the pagefind index per language;
 * 4. builds synthetic sites with more codes (in a temp folder) to show how build time and output grow;
 * 5. times keystroke → updated table in headless Chromium on each synthetic table;
 * 6. runs the real-phrasing query set (tests/data/real-queries.json) through /search/?q=, served by nginx
 *    as in production (else astro preview): the rate of right answers per language; then, by the pages'
 *    own clocks, the median time to the first result (word queries) and to the code page (exact lookups)
 *    against a code page's load, on localhost and on an emulated phone network, warm and cold; and the
 *    depth of a word query's request chain.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { isRight, readRealQueries, searchThroughPage } from '../tests/support/search-page.ts';
import { addTimingReporter, timeVisit, type Timing } from './search-timing.ts';
import { pageWeight, type PageWeight, type Weight } from './page-weight.ts';
import { createSyntheticSite, removeSyntheticSite } from './synthetic-site.ts';

const ROOT = process.cwd();
const { values: options } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, 'no-synthetic': { type: 'boolean', default: false } },
});
const sizes = options['no-synthetic'] ? [] : options.sizes.split(',').map(Number).filter((size) => size > 0);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (weight: Weight) => `${kb(weight.raw)} / ${kb(weight.gzip)}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function timedBuild(dir: string): number {
  const started = performance.now();
  for (const args of [[path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], [path.join(dir, 'scripts/build-search-index.ts'), 'dist']]) {
    // Astro logs a line per page: tens of thousands at 10,000 codes, more than spawnSync buffers by
    // default (1 MB, after which it kills the build). Keep only stderr, with room to spare.
    const result = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`build failed in ${dir} (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr}`);
  }
  return performance.now() - started;
}

/**
 * `astro preview` of `dir` on `port`, once it answers; kill() it when done. A busy machine can take a
 * minute to start it: after two, this fails clearly rather than time a dead page.
 */
async function startPreview(dir: string, port: number): Promise<ReturnType<typeof spawn>> {
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { cwd: dir, stdio: 'ignore' });
  for (let attempt = 0; attempt < 240; attempt++) {
    if ((await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error(`astro preview of ${dir} did not answer on port ${port} within 2 minutes (is the port taken?)`);
}

/**
 * The built site at `port`: nginx with the build's configuration (scripts/serve-nginx.ts), as in
 * production, when nginx is installed; else `astro preview`.
 */
async function startServer(dir: string, port: number): Promise<{ name: string; stop: () => void }> {
  const nginx = spawn(process.execPath, [path.join(ROOT, 'scripts/serve-nginx.ts')], { cwd: dir, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  for (let attempt = 0; attempt < 50 && nginx.exitCode === null; attempt++) {
    if ((await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.ok) return { name: 'nginx (dist/_nginx.conf)', stop: () => nginx.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  nginx.kill('SIGTERM');
  const preview = await startPreview(dir, port);
  return { name: 'astro preview (nginx is not installed)', stop: () => preview.kill() };
}

interface NetworkConditions {
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}
/** Lighthouse's mobile throttling ("Slow 4G"): 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up (bytes per second here). */
const SLOW_4G: NetworkConditions = { latency: 150, downloadThroughput: (1.6 * 1_000_000) / 8, uploadThroughput: (750 * 1_000) / 8 };

/**
 * Opens each URL and returns what its reader got and when (scripts/search-timing.ts). Warm: one tab for
 * all, after a first pass that fills the cache; cold: a new browser context (empty cache) for each.
 */
async function timeAll(browser: Browser, urls: readonly string[], cache: 'warm' | 'cold', conditions?: NetworkConditions): Promise<Timing[]> {
  const open = async () => {
    const context = await browser.newContext();
    await addTimingReporter(context);
    const page = await context.newPage();
    if (conditions) await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', { offline: false, ...conditions });
    return { context, page };
  };
  const timings: Timing[] = [];
  if (cache === 'warm') {
    const { context, page } = await open();
    for (const url of urls) await timeVisit(page, url);
    for (const url of urls) timings.push(await timeVisit(page, url));
    await context.close();
    return timings;
  }
  for (const url of urls) {
    const { context, page } = await open();
    timings.push(await timeVisit(page, url));
    await context.close();
  }
  return timings;
}

/**
 * The queries with a code page opened after every fourth (at least each code page once), so that the
 * yardstick is measured throughout the run, in the same state of machine and cache as the queries.
 */
function withYardstick(queries: readonly string[], codePages: readonly string[]): string[] {
  const visits: string[] = [];
  let next = 0;
  queries.forEach((query, index) => {
    visits.push(query);
    if (index % 4 === 3) visits.push(codePages[next++ % codePages.length] ?? '');
  });
  while (next < codePages.length) visits.push(codePages[next++] ?? '');
  return visits;
}

const launchChromium = () => {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
  return chromium.launch(executablePath ? { executablePath, args: ['--disable-background-networking'] } : {});
};

/**
 * How many round trips deep the requests of `url` run, in a cold context, until its first result shows:
 * the longest run of requests (the document's, workers' included) in which each starts only after the
 * one before it has ended. An upper bound of the dependency chain: requests that could start together do.
 */
async function requestChainDepth(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  await addTimingReporter(context);
  const page = await context.newPage();
  const spans: { start: number; end: number }[] = [];
  // Only the search page's own requests: a query the lookup answers goes to the code page, whose
  // requests are that page's load, not the search's chain.
  let left = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !new URL(frame.url()).pathname.endsWith('/search/')) left = true;
  });
  page.on('requestfinished', (request) => {
    if (left || request.isNavigationRequest() && !new URL(request.url()).pathname.endsWith('/search/')) return;
    const timing = request.timing();
    if (timing.startTime > 0 && timing.responseEnd >= 0) spans.push({ start: timing.startTime, end: timing.startTime + timing.responseEnd });
  });
  const shown = await timeVisit(page, url);
  await page.waitForTimeout(300); // the last requestfinished events
  await context.close();
  // Requests started after the first result showed (the excerpts' fragments) are not in its chain.
  if (shown.kind === 'listed') spans.splice(0, spans.length, ...spans.filter((span) => span.start < shown.at));
  spans.sort((a, b) => a.start - b.start);
  const depth = spans.map(() => 1);
  spans.forEach((span, index) => {
    for (let before = 0; before < index; before++) {
      const previous = spans[before];
      if (previous && previous.end <= span.start) depth[index] = Math.max(depth[index] ?? 1, (depth[before] ?? 1) + 1);
    }
  });
  return Math.max(0, ...depth);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** The filter's targets (issue 11), by table size. */
const FILTER_TARGETS = [
  { rows: 2_000, median: 16, worst: Infinity },
  { rows: Infinity, median: 50, worst: 150 },
];

interface KeystrokeTimings {
  rows: number;
  count: number;
  /** Input handler plus the style and layout it causes, forced synchronously: the keystroke's main-thread work. */
  work: { median: number; worst: number };
  /** Until the second animation frame after the keystroke: the work plus waiting for the display's next frames. */
  painted: { median: number; worst: number };
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, worst: sorted.at(-1) ?? 0 };
};

/**
 * Serves a built site and times each keystroke twice: its main-thread work (the input handler,
 * then style and layout forced at once), and until the second animation frame after it, which adds
 * the wait for the display's frame clock (up to two 16.7 ms frames at 60 Hz, whatever the work).
 * The queries cover narrowing (few rows change), widening back to the whole table (every row shown
 * again) and Chinese text; the sequence runs three times after one warm-up pass.
 */
async function measureKeystrokes(dir: string): Promise<KeystrokeTimings> {
  const port = 4349;
  const server = await startPreview(dir, port);
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://127.0.0.1:${port}/`);
      const rows = await page.locator('table.code-table tbody tr').count();
      const timings = await page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>('[data-table-filter] input[name="q"]');
        if (!input) throw new Error('no filter input on the table page');
        const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
        const queries = ['s', 'sy', 'syn', 'synthetic_error_99', 'synthetic_error_999', '', '禁', '禁言', '', 'group', 'grou', 'gro', 'gr', 'g', ''];
        const work: number[] = [];
        const painted: number[] = [];
        for (let pass = 0; pass < 4; pass++) {
          for (const query of queries) {
            await frame();
            const started = performance.now();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            void document.body.offsetHeight;
            const worked = performance.now();
            await frame();
            if (pass === 0) continue;
            work.push(worked - started);
            painted.push(performance.now() - started);
          }
        }
        return { work, painted };
      });
      return { rows, count: timings.work.length, work: spread(timings.work), painted: spread(timings.painted) };
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

// 1. The real site.
const buildMs = timedBuild(ROOT);
console.log(`\n## Real site (77 codes, 2 languages)\n\nbuild (astro + pagefind): ${seconds(buildMs)}\n`);
const pages: [string, string][] = [
  ['table (/)', 'index.html'],
  ['table, English (/en/)', 'en/index.html'],
  ['code page (/codes/206/)', 'codes/206/index.html'],
  ['code page, English (/en/codes/206/)', 'en/codes/206/index.html'],
  ['404', '404.html'],
  ['search (/search/)', 'search/index.html'],
];
const weights = new Map<string, PageWeight>();
console.log('| page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | total raw / gzip | scripts run on load (gzip) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [label, file] of pages) {
  const weight = pageWeight('dist', file);
  weights.set(file, weight);
  console.log(`| ${label} | ${cell(weight.html)} | ${cell(weight.css)} | ${cell(weight.js)} | ${cell(weight.total)} | ${weight.scripts} (${kb(weight.js.gzip)}) |`);
}

// 2. Budgets (docs/testing.md, "Performance budgets").
const codePage = weights.get('codes/206/index.html');
const table = weights.get('index.html');
const budgets: [string, boolean, string][] = [
  ['code page ≤ 12 KB gzip, HTML+CSS+JS', (codePage?.total.gzip ?? Infinity) <= 12 * 1024, codePage ? kb(codePage.total.gzip) : '?'],
  ['table page ≤ 20 KB gzip, HTML+CSS+JS', (table?.total.gzip ?? Infinity) <= 20 * 1024, table ? kb(table.total.gzip) : '?'],
  [
    'code page needs no JavaScript before interaction',
    (codePage?.js.gzip ?? Infinity) <= 1024,
    `${codePage?.scripts ?? '?'} script (${codePage ? kb(codePage.js.gzip) : '?'}) that only listens for clicks on copy buttons; content, links and search form work without it`,
  ],
];
console.log('\n| budget | met | measured |\n| --- | --- | --- |');
for (const [budget, met, measured] of budgets) console.log(`| ${budget} | ${met ? 'yes' : 'NO'} | ${measured} |`);

// 3. pagefind index per language.
const pagefindDir = path.join('dist', 'pagefind');
const perLanguage = new Map<string, number>();
for (const entry of readdirSync(pagefindDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const language = /(?:^|\.|\/)([a-z]{2}(?:-[a-z]+)?)_[0-9a-f]+/.exec(entry.name)?.[1];
  if (!language) continue;
  perLanguage.set(language, (perLanguage.get(language) ?? 0) + statSync(path.join(entry.parentPath, entry.name)).size);
}
console.log('\n| pagefind index | size |\n| --- | --- |');
for (const [language, bytes] of perLanguage) console.log(`| ${language} | ${kb(bytes)} |`);

// 6 (run here, on the real build). Search: the real-phrasing query set through the real search page,
// served as in production (nginx with the build's configuration) when nginx is installed.
{
  // BENCH_PORT: on a machine shared with other checkouts, a port of one's own (another server on 4348
  // would answer instead, and serve another build).
  const port = Number(process.env.BENCH_PORT ?? 4348);
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(ROOT, port);
  try {
    const browser = await launchChromium();
    const queries = readRealQueries();
    {
      const page = await browser.newPage();
      const outcomes: { locale: string; right: boolean }[] = [];
      for (const entry of queries) {
        const outcome = await searchThroughPage(page, entry.locale === 'en' ? `${base}/en` : base, entry.query);
        outcomes.push({ locale: entry.locale, right: isRight(outcome, entry.codes, entry.symptom) });
      }
      await page.close();
      console.log(`\n## Search: real-phrasing queries through /search/?q= (tests/data/real-queries.json), served by ${server.name}\n`);
      console.log('| language | queries | right (landed on a right code, or one in the top 3) |\n| --- | --- | --- |');
      for (const locale of ['zh-cn', 'en', 'all']) {
        const rows = outcomes.filter((row) => locale === 'all' || row.locale === locale);
        const right = rows.filter((row) => row.right).length;
        console.log(`| ${locale} | ${rows.length} | ${right} (${((100 * right) / rows.length).toFixed(1)} %) |`);
      }
    }

    // Speed, by the pages' own clocks (scripts/search-timing.ts): the whole set on localhost, every
    // fourth query on an emulated phone network; warm (one tab, as a reader searching again) and cold
    // (a new browser profile for each address, as a first visit).
    const urlOf = (entry: { locale: string; query: string }) => `${base}${entry.locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(entry.query)}`;
    const codePages = [206, 16, 39, 504, 605, 1, 509].map((code) => `${base}/codes/${code}/`);
    const networks: { name: string; conditions?: NetworkConditions; every: number }[] = [
      { name: 'localhost', every: 1 },
      { name: `phone (${SLOW_4G.latency} ms RTT, ${(SLOW_4G.downloadThroughput / 125_000).toFixed(1)} Mbit/s)`, conditions: SLOW_4G, every: 4 },
    ];
    const rows: string[] = [];
    for (const network of networks) {
      const sample = queries.filter((_, index) => index % network.every === 0).map(urlOf);
      for (const cache of ['warm', 'cold'] as const) {
        const timings = await timeAll(browser, withYardstick(sample, codePages), cache, network.conditions);
        const of = <K extends Timing['kind']>(kind: K) => timings.filter((timing): timing is Extract<Timing, { kind: K }> => timing.kind === kind);
        const codeLoad = median(of('loaded').map((timing) => timing.loadMs));
        const word = median(of('listed').map((timing) => timing.ms));
        const landedAt = median(of('landed').map((timing) => timing.firstByteMs));
        const landedLoad = median(of('landed').map((timing) => timing.loadMs));
        const ratio = (value: number, target?: number) => `${(value / codeLoad).toFixed(2)}${target ? ` ${value / codeLoad <= target ? 'met' : 'NOT MET'}` : ''}`;
        rows.push(
          `| ${network.name} | ${cache} | ${codeLoad.toFixed(0)} ms | ${word.toFixed(0)} ms (${of('listed').length}) | ${ratio(word, 1.5)} | ${landedAt.toFixed(0)} ms (${of('landed').length}) | ${ratio(landedAt, 1.3)} | ${landedLoad.toFixed(0)} ms | ${ratio(landedLoad)} |`,
        );
      }
    }
    console.log('\n| network | cache | a code page loads (yardstick) | word query → first result (queries) | ratio (≤ 1.5) | exact lookup → at the code page, first byte (queries) | ratio (≤ 1.3) | … → the code page loaded | ratio |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);

    const depths: number[] = [];
    for (const query of ['禁言', 'token expired', '收不到消息', 'login another']) depths.push(await requestChainDepth(browser, `${base}/search/?q=${encodeURIComponent(query)}`));
    await browser.close();
    console.log(`\nrequest chain depth of a word query, cold (longest run of requests each starting after the previous ended): ${depths.join(', ')} (≤ 4: ${Math.max(...depths) <= 4 ? 'met' : 'NOT MET'})`);
  } finally {
    server.stop();
  }
}

// 4. Scaling.
if (sizes.length > 0) {
  const realSize = folderSize('dist');
  const rows: { codes: number; buildMs: number; bytes: number; files: number; codePage: number }[] = [
    { codes: 77, buildMs, bytes: realSize.bytes, files: realSize.files, codePage: codePage?.total.gzip ?? 0 },
  ];
  let largest: string | undefined;
  const filterTimings: KeystrokeTimings[] = [];
  for (const size of sizes) {
    const dir = createSyntheticSite(ROOT, size);
    const ms = timedBuild(dir);
    const output = folderSize(path.join(dir, 'dist'));
    rows.push({ codes: 77 + size, buildMs: ms, bytes: output.bytes, files: output.files, codePage: pageWeight(path.join(dir, 'dist'), 'codes/206/index.html').total.gzip });
    filterTimings.push(await measureKeystrokes(dir));
    if (largest) removeSyntheticSite(largest);
    largest = dir;
  }
  console.log('\n## Scaling (synthetic codes added to the real 77)\n');
  console.log('| codes | build | build per code | output | output per code | files | code page 206 (gzip, all-in) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(`| ${row.codes} | ${seconds(row.buildMs)} | ${(row.buildMs / row.codes).toFixed(1)} ms | ${kb(row.bytes)} | ${kb(row.bytes / row.codes)} | ${row.files} | ${kb(row.codePage)} |`);
  }
  const first = rows[1];
  const last = rows.at(-1);
  if (first && last && first !== last) {
    const timeGrowth = last.buildMs / last.codes / (first.buildMs / first.codes);
    const sizeGrowth = last.bytes / last.codes / (first.bytes / first.codes);
    console.log(`\nper-code cost from ${first.codes} to ${last.codes} codes: build time ×${timeGrowth.toFixed(2)}, output ×${sizeGrowth.toFixed(2)} (≤ 1.2 counts as no faster than linear: ${timeGrowth <= 1.2 && sizeGrowth <= 1.2 ? 'yes' : 'NO'})`);
  }

  console.log('\n## Table filter: per keystroke (headless Chromium, 1280×900)\n');
  console.log('| rows | work: median / worst | to second frame: median / worst | keystrokes | target (on the work) |');
  console.log('| --- | --- | --- | --- | --- |');
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  for (const keystrokes of filterTimings) {
    const target = FILTER_TARGETS.find((candidate) => keystrokes.rows <= candidate.rows) ?? FILTER_TARGETS.at(-1);
    const met = target && keystrokes.work.median <= target.median && keystrokes.work.worst <= target.worst;
    const goal = target ? `median ≤ ${target.median} ms${Number.isFinite(target.worst) ? `, worst ≤ ${target.worst} ms` : ''}: ${met ? 'met' : 'NOT MET'}` : '';
    console.log(`| ${keystrokes.rows} | ${ms(keystrokes.work.median)} / ${ms(keystrokes.work.worst)} | ${ms(keystrokes.painted.median)} / ${ms(keystrokes.painted.worst)} | ${keystrokes.count} | ${goal} |`);
  }
  if (largest) removeSyntheticSite(largest);
}
