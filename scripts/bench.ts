/**
 * Performance numbers, printed as a table: `npm run bench`. Informs; passes or fails nothing.
 * Builds the site (timed), then weighs each kind of page.
 */
import { execFileSync } from 'node:child_process';
import { pageWeight, type Weight } from './page-weight.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (weight: Weight) => `${kb(weight.raw)} / ${kb(weight.gzip)}`;

const started = performance.now();
execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;

console.log(`build (astro + pagefind): ${buildSeconds.toFixed(1)} s\n`);
console.log('| page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | total raw / gzip | scripts on load |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [label, file] of [
  ['table (/)', 'index.html'],
  ['code page (/codes/206/)', 'codes/206/index.html'],
  ['404', '404.html'],
  ['search (/search/)', 'search/index.html'],
] as const) {
  const weight = pageWeight('dist', file);
  console.log(`| ${label} | ${cell(weight.html)} | ${cell(weight.css)} | ${cell(weight.js)} | ${cell(weight.total)} | ${weight.scripts} |`);
}
