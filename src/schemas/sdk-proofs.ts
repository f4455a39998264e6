import { z } from 'astro/zod';
import { localizedText } from './localized';
import { deliveryChannels } from './registry';
import { strictFields } from './strict-fields';

const version = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/, { error: (issue) => `must be a published version like 1.4.0, got ${JSON.stringify(issue.input)}` });

/**
 * A reading of the SDK's code: a literal excerpt of one file of one published version. `npm run
 * check:sdk` finds it in the installed package (the pinned version); `npm run sdk:history` finds it in
 * the other versions and records it in content/sdk-readings.json, which check:sdk then requires.
 */
export const bundleReadingSchema = strictFields({
  version: version.describe('The agora-chat version whose code was read.'),
  file: z
    .string()
    .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.js$/, 'must be a .js file inside the package, like "Agora-chat.js" or "miniCore/miniCore.js"')
    .describe('The file inside the npm package, relative to its root.'),
  excerpt: z
    .string()
    .min(8, 'must be at least 8 characters: a shorter excerpt proves nothing')
    .describe('Text found verbatim in that file: the code that shows the claim.'),
});

/**
 * One claim about what agora-chat does, with its evidence: a test that proves it by running the real
 * bundle (`test`: the test has `[proof:<id>]` in its title; tests/sdk/proofs-listed.spec.ts fails when
 * it did not pass), or a reading of the bundle (`read`). A claim without evidence fails the build.
 */
export const sdkProofSchema = strictFields({
  id: z
    .string()
    .regex(/^(?:-?\d+|guide)-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<code>-<words>" (or "guide-<words>" for a claim of the guide alone) in lower-case kebab case, like "17-http-400"')
    .describe('Stable id of the claim, starting with its code; a proving test has `[proof:<id>]` in its title.'),
  code: z
    .number()
    .int()
    .optional()
    .describe('The error code (`error.type`) the claim is about; the claim shows on this code’s page. Absent for a claim the guide alone makes.'),
  statement: localizedText.describe('The claim in one short sentence per locale: exactly as true as its evidence.'),
  test: z
    .string()
    .regex(/^tests\/sdk\/[\w-]+\.spec\.ts$/, 'must be a spec file under tests/sdk/, like "tests/sdk/rest-errors.spec.ts"')
    .optional()
    .describe('Evidence by running: the spec file whose test proves the claim.'),
  read: bundleReadingSchema.optional().describe('Evidence by reading: where in the SDK’s code the claim can be seen.'),
  channels: z
    .array(z.enum(deliveryChannels))
    .min(1)
    .optional()
    .describe(
      'The channels through which the proving test saw `code` reach the app (tests/sdk/proofs-listed.spec.ts checks them against the run): the guide lists the code under each of them, besides the registry’s `delivery.via`.',
    ),
  http: z
    .array(z.int().min(100).max(599))
    .optional()
    .describe(
      'For a claim about a REST answer: the HTTP statuses it maps to its code. The search reads them (an HTTP status in a sentence points to these codes), so list only statuses the evidence covers.',
    ),
})
  .refine((claim) => claim.channels === undefined || (claim.code !== undefined && claim.test !== undefined), {
    error: '"channels" needs a "code" and a "test": they are what the proving test saw that code do',
    path: ['channels'],
  })
  .refine((claim) => (claim.test === undefined) !== (claim.read === undefined), {
    error: 'needs its evidence: either "test" (a harness test that proves it) or "read" (a bundle reading), not both and not neither',
    path: ['test'],
  });

export type SdkProof = z.infer<typeof sdkProofSchema>;
export type BundleReading = z.infer<typeof bundleReadingSchema>;
