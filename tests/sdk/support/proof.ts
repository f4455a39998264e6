/**
 * `proof(id, title, body)` declares a test that proves one claim of content/sdk-proofs.yaml. The
 * id goes in the title (`… [proof:17-http-400]`); a passing proof leaves a marker that
 * tests/sdk/proofs-listed.spec.ts (run after this project) checks against the list.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { ROOT } from '../../support/source';
import { observations, type Observation } from './sdk';

export const PROOFS_FILE = 'content/sdk-proofs.yaml';

export interface ProofMarker {
  id: string;
  file: string;
  title: string;
  /** The channels and codes the test's helpers saw (deduplicated). */
  observed: Observation[];
}

/**
 * Ids and spec files of the claims of content/sdk-proofs.yaml proven by running (`test`); claims proven
 * by a bundle reading (`read`) are checked by npm run check:sdk. The site validates the rest of each entry.
 */
export function listedProofs(): { id: string; test: string }[] {
  const claims = parse(readFileSync(path.join(ROOT, PROOFS_FILE), 'utf8')) as { id: string; test?: string }[];
  return claims.flatMap((claim) => (claim.test === undefined ? [] : [{ id: claim.id, test: claim.test }]));
}

/** Where passing proofs leave their markers: the run's output folder, emptied by Playwright at each start. */
export function markerDir(testInfo: TestInfo): string {
  return path.join(testInfo.project.outputDir, 'sdk-proofs');
}

export function proof(id: string, title: string, body: () => Promise<void>): void {
  test(`${title} [proof:${id}]`, async ({}, testInfo) => {
    observations.length = 0;
    await body();
    expect(listedProofs().map((listed) => listed.id), `proof "${id}" is not listed in ${PROOFS_FILE}`).toContain(id);
    // titlePath[0] is the spec file relative to the config's rootDir (testInfo.file is this helper).
    const file = path.relative(ROOT, path.join(testInfo.config.rootDir, testInfo.titlePath[0] ?? '')).split(path.sep).join('/');
    const observed = [...new Map(observations.map((seen) => [`${seen.channel} ${seen.code}`, seen])).values()];
    const marker: ProofMarker = { id, file, title: testInfo.title, observed };
    mkdirSync(markerDir(testInfo), { recursive: true });
    writeFileSync(path.join(markerDir(testInfo), `${id}.json`), JSON.stringify(marker));
  });
}
