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
 * 6. runs the real-phrasing query set (tests/data/real-queries.json) through /search/?q= on the local
 *    preview: the rate of right answers per language, and the median time to the code page (exact
 *    lookups) and to the first result shown (word queries).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { isRight, readRealQueries, searchThroughPage, type SearchOutcome } from '../tests/support/search-page.ts';
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

/** `astro preview` of `dir` on `port`, once it answers; kill() it when done. */
async function startPreview(dir: string, port: number): Promise<ReturnType<typeof spawn>> {
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { cwd: dir, stdio: 'ignore' });
  for (let attempt = 0; attempt < 60; attempt++) {
    if ((await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return server;
}

const launchChromium = () => {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
  return chromium.launch(executablePath ? { executablePath, args: ['--disable-background-networking'] } : {});
};

/**
 * How many round trips deep the requests of `url` run, in a cold context until its first result shows:
 * the longest run of requests (the document's, workers' included) in which each starts only after the
 * one before it has ended. An upper bound of the dependency chain: requests that could start together do.
 */
async function requestChainDepth(browser: Awaited<ReturnType<typeof launchChromium>>, url: string): Promise<number> {
  const context = await browser.newContext();
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
  await page.goto(url);
  await page.locator('[data-search-results] a, [data-partial-results] a, [data-lookup-notice] a').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  await context.close();
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
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { cwd: dir, stdio: 'ignore' });
  try {
    // A busy machine can take a minute to start the server; fail clearly rather than time a dead page.
    let ready = false;
    for (let attempt = 0; attempt < 240 && !ready; attempt++) {
      ready = Boolean((await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.ok);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (!ready) throw new Error(`astro preview of ${dir} did not answer on port ${port} within 2 minutes (is the port taken?)`);
    const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
    const browser = await chromium.launch(executablePath ? { executablePath, args: ['--disable-background-networking'] } : {});
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

// 6 (run here, on the real build). Search: the real-phrasing query set through the real search page.
{
  // BENCH_PORT: on a machine shared with other checkouts, a port of one's own (another preview on 4348
  // would answer instead, and serve another build).
  const port = Number(process.env.BENCH_PORT ?? 4348);
  const base = `http://127.0.0.1:${port}`;
  const server = await startPreview(ROOT, port);
  try {
    const browser = await launchChromium();
    const page = await browser.newPage();
    const queries = readRealQueries();
    const outcomes: { locale: string; right: boolean; outcome: SearchOutcome }[] = [];
    for (const entry of queries) {
      const outcome = await searchThroughPage(page, entry.locale === 'en' ? `${base}/en` : base, entry.query);
      outcomes.push({ locale: entry.locale, right: isRight(outcome, entry.codes, entry.symptom), outcome });
    }
    console.log('\n## Search: real-phrasing queries through /search/?q= (tests/data/real-queries.json)\n');
    console.log('| language | queries | right (landed on a right code, or one in the top 3) |\n| --- | --- | --- |');
    for (const locale of ['zh-cn', 'en', 'all']) {
      const rows = outcomes.filter((row) => locale === 'all' || row.locale === locale);
      const right = rows.filter((row) => row.right).length;
      console.log(`| ${locale} | ${rows.length} | ${right} (${((100 * right) / rows.length).toFixed(1)} %) |`);
    }
    const timesOf = (kind: SearchOutcome['kind']) => outcomes.filter((row) => row.outcome.kind === kind).map((row) => row.outcome.ms);
    const landed = timesOf('landed');
    const listed = timesOf('listed');
    console.log(`\nopening /search/?q=… → at the code page (exact lookups, ${landed.length}): median ${median(landed).toFixed(0)} ms`);
    console.log(`opening /search/?q=… → first result shown (word queries, ${listed.length}): median ${median(listed).toFixed(0)} ms`);

    // The same browser state (warm, as the queries ran): a code page's load, the yardstick of the ratios.
    const codePageLoads: number[] = [];
    for (const code of [206, 16, 39, 504, 605, 1, 509]) {
      const started = performance.now();
      await page.goto(`${base}/codes/${code}/`, { waitUntil: 'load' });
      codePageLoads.push(performance.now() - started);
    }
    const codePage = median(codePageLoads);
    const wordRatio = median(listed) / codePage;
    const lookupRatio = median(landed) / codePage;
    const depths: number[] = [];
    for (const query of ['禁言', 'token expired', '收不到消息', 'login another']) depths.push(await requestChainDepth(browser, `${base}/search/?q=${encodeURIComponent(query)}`));
    await browser.close();
    console.log(`a code page loads (median of ${codePageLoads.length}): ${codePage.toFixed(0)} ms`);
    console.log(`ratio, word query → first result / code page load: ${wordRatio.toFixed(2)} (≤ 1.5: ${wordRatio <= 1.5 ? 'met' : 'NOT MET'})`);
    console.log(`ratio, exact lookup → at the code page / code page load: ${lookupRatio.toFixed(2)} (≤ 1.3: ${lookupRatio <= 1.3 ? 'met' : 'NOT MET'})`);
    console.log(`request chain depth of a word query, cold (longest run of requests each starting after the previous ended): ${depths.join(', ')} (≤ 4: ${Math.max(...depths) <= 4 ? 'met' : 'NOT MET'})`);
  } finally {
    server.kill();
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
