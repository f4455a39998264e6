import { z } from 'astro/zod';
import { strictFields } from './strict-fields.ts';

const phrases = (locale: string) =>
  z
    .array(z.string().trim().min(1, 'must not be empty'))
    .min(1, 'must list at least one phrase')
    .optional()
    .describe(`Words of the ${locale} prose of the code that state the fact; each must occur in it.`);

export const officialFactSchema = strictFields({
    official: z.string().min(1, 'must not be empty').describe('The words of the official row that state the fact, verbatim.'),
    'zh-cn': phrases('Chinese'),
    en: phrases('English'),
    dropped: z.string().trim().min(1).optional().describe('Instead of phrases: why our prose does not state the fact (boilerplate).'),
    refuted: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        'The SDK proves the fact wrong: how (a proof id or what the bundle does). The phrases are then where our prose reports the claim as the table\'s (usually the `official.differs` note of content/registry.yaml, which must be set), and no title may contain them.',
      ),
  })
  .refine((fact) => (fact.dropped === undefined) === (fact['zh-cn'] !== undefined && fact.en !== undefined), {
    error: 'give either phrases for every locale (zh-cn and en) or a "dropped" reason, not both',
  })
  .refine((fact) => fact.refuted === undefined || fact.dropped === undefined, {
    error: 'a refuted fact keeps its phrases (where the page reports the claim as the table\'s); it is not dropped',
  })
  .describe('One fact of an official row and where our prose still states it.');

export const officialFactsSchema = z
  .array(
    strictFields({
      code: z.int().describe('A code with an official row in content/registry.yaml.'),
      facts: z.array(officialFactSchema).min(1, 'must list the facts of the row').describe('The facts of the row; together they cover every word of it.'),
    }),
  )
  .describe('content/official-facts.yaml: the reviewed list of where each fact of the official table is stated in our prose.');

export type OfficialFacts = z.infer<typeof officialFactsSchema>;
