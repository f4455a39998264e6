import { z } from 'astro/zod';
import { localizedText } from './localized';
import { strictFields } from './strict-fields';

/**
 * One fact about a code that a test proves by running the real SDK bundle (tests/sdk/). The test
 * carries the id in its title as `[proof:<id>]`; tests/sdk/proofs-listed.spec.ts fails when a
 * listed proof has no passing test, or a proof test is not listed here.
 */
export const sdkProofSchema = strictFields({
  id: z
    .string()
    .regex(/^-?\d+-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<code>-<words>" in lower-case kebab case, like "17-http-400"')
    .describe('Stable id of the claim, starting with its code; the proving test has `[proof:<id>]` in its title.'),
  code: z.number().int().describe('The error code (`error.type`) the claim is about; the claim shows on this code’s page.'),
  statement: localizedText.describe('The claim in one short sentence per locale: what running the SDK shows.'),
  test: z
    .string()
    .regex(/^tests\/sdk\/[\w-]+\.spec\.ts$/, 'must be a spec file under tests/sdk/, like "tests/sdk/rest-errors.spec.ts"')
    .describe('The spec file whose test proves the claim.'),
});

export type SdkProof = z.infer<typeof sdkProofSchema>;
