import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type * as Axe from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeWindow = Window & { axe?: typeof Axe };

/**
 * axe-core's violations on the page as it is now, run inside the page. @axe-core/playwright's
 * AxeBuilder spends about a second per analyze() injecting axe frame by frame and opening a blank
 * page to merge partial results, which made the every-page sweep most of the suite's time. These
 * pages have no frames (the function refuses a page that has some), so one in-page `axe.run`
 * checks exactly what AxeBuilder would; axe is injected once per loaded document.
 */
export async function axeViolations(page: Page, options: Axe.RunOptions): Promise<Axe.Result[]> {
  if (page.frames().length > 1) throw new Error(`axeViolations: ${page.url()} has frames, which an in-page run would not check`);
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(axeSource);
  return page.evaluate(async (runOptions) => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error('axe-core was not injected');
    return (await axe.run(document, runOptions)).violations;
  }, { ...options, resultTypes: ['violations'] } satisfies Axe.RunOptions);
}
