/**
 * Runs after every proof test (project "sdk" depends on "sdk-behaviour"): each claim listed in
 * content/sdk-proofs.yaml must have passed in this run, in the spec file the list names. (A proof
 * test whose id is not listed fails by itself: see support/proof.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listedProofs, markerDir, PROOFS_FILE, type ProofMarker } from './support/proof';

test(`every proof listed in ${PROOFS_FILE} passed in this run, in the file it names`, async ({}, testInfo) => {
  const dir = markerDir(testInfo);
  const markers = new Map<string, ProofMarker>(
    (existsSync(dir) ? readdirSync(dir) : []).map((name) => {
      const marker = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ProofMarker;
      return [marker.id, marker];
    }),
  );
  const listed = listedProofs();
  expect(listed.length, `${PROOFS_FILE} lists no proofs`).toBeGreaterThan(0);
  const problems = listed.flatMap(({ id, test: file }) => {
    const marker = markers.get(id);
    if (!marker) return [`${id}: no passing test has [proof:${id}] in its title`];
    if (marker.file !== file) return [`${id}: proven in ${marker.file}, but ${PROOFS_FILE} names ${file}`];
    return [];
  });
  expect(problems).toEqual([]);
  // And nothing passed that the list does not name (proof() itself fails such a test).
  expect([...markers.keys()].filter((id) => !listed.some((proof) => proof.id === id))).toEqual([]);
});
