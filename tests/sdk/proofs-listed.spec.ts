/**
 * Runs after every proof test (project "sdk" depends on "sdk-behaviour"): each claim listed in
 * content/sdk-proofs.yaml must have passed in this run, in the spec file the list names. (A proof
 * test whose id is not listed fails by itself: see support/proof.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import type { DeliveryChannel } from '../../src/schemas/registry';
import { ROOT } from '../support/source';
import { listedProofs, markerDir, PROOFS_FILE, type ProofMarker } from './support/proof';

function readMarkers(dir: string): Map<string, ProofMarker> {
  return new Map(
    (existsSync(dir) ? readdirSync(dir) : []).map((name) => {
      const marker = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ProofMarker;
      return [marker.id, marker];
    }),
  );
}

test(`every proof listed in ${PROOFS_FILE} passed in this run, in the file it names`, async ({}, testInfo) => {
  const markers = readMarkers(markerDir(testInfo));
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

test('for every code a proof drove, the channel content/registry.yaml names (delivery.via) is one the SDK used', async ({}, testInfo) => {
  const registry = parse(readFileSync(path.join(ROOT, 'content/registry.yaml'), 'utf8')) as { code: number; delivery?: { via: DeliveryChannel } }[];
  const observed = [...readMarkers(markerDir(testInfo)).values()].flatMap((marker) => marker.observed);
  const drivenCodes = new Set(observed.map((seen) => seen.code));
  const checked = registry.filter((entry) => entry.delivery && drivenCodes.has(entry.code));
  expect(checked.length, 'codes both driven by a proof and documented with a delivery').toBeGreaterThan(15);
  const problems = checked.flatMap((entry) => {
    const channels = new Set(observed.filter((seen) => seen.code === entry.code).map((seen) => seen.channel));
    const via = entry.delivery?.via;
    return via && channels.has(via) ? [] : [`${entry.code}: registry says ${via}, the SDK used ${[...channels].join(', ')}`];
  });
  expect(problems).toEqual([]);
});

test('the channels a claim lists for its code are exactly those its proof saw the code reach', async ({}, testInfo) => {
  const markers = readMarkers(markerDir(testInfo));
  const claims = parse(readFileSync(path.join(ROOT, PROOFS_FILE), 'utf8')) as { id: string; code?: number; channels?: DeliveryChannel[] }[];
  const listing = claims.filter((claim) => claim.channels !== undefined);
  expect(listing.length, `claims of ${PROOFS_FILE} with channels`).toBeGreaterThan(0);
  const problems = listing.flatMap((claim) => {
    const seen = [...new Set((markers.get(claim.id)?.observed ?? []).filter((observed) => observed.code === claim.code).map((observed) => observed.channel))].sort();
    const listed = [...new Set(claim.channels)].sort();
    return JSON.stringify(seen) === JSON.stringify(listed) ? [] : [`${claim.id}: lists ${listed.join(', ')}, its proof saw ${claim.code} reach ${seen.join(', ') || 'nothing'}`];
  });
  expect(problems).toEqual([]);
});
