import { z } from 'astro/zod';
import { strictFields } from './strict-fields';
import { constantName } from './constant-name';

const sdkDeclaration = z
  .enum(['public', 'hidden'], {
    error: (issue) => `must be "public" or "hidden", got ${JSON.stringify(issue.input)}`,
  })
  .describe('How status.d.ts of agora-chat declares it: public, or hidden (marked @hidden).');

export const aliasSchema = strictFields({
    name: constantName.describe('Another constant name the SDK gives the same number.'),
    sdk: sdkDeclaration,
  })
  .describe('A second name of the same code in the SDK enum.');

export const officialRowSchema = strictFields({
    description: z
      .string()
      .min(1, 'must not be empty')
      .describe('The "描述和可能原因" cell of the official table, verbatim (punctuation and typos included).'),
    name: constantName
      .optional()
      .describe('The name the official table prints, only where it differs from the SDK constant (see code 607).'),
    corrections: z
      .array(
        strictFields({
          original: z.string().min(1).describe('The words as the table prints them.'),
          corrected: z.string().min(1).describe('The words as our prose writes them.'),
        }),
      )
      .default([])
      .describe('Typos in the table that our prose corrects; shown on the page with the original.'),
  })
  .describe('The row of the official Chinese error table (error-codes.zh-CN), kept verbatim.');

/** The registry schema depends on the category ids, which are data (content/categories.yaml). */
export function registryEntrySchema(categoryIds: readonly [string, ...string[]]) {
  return strictFields({
      code: z
        .int({ error: (issue) => `must be an integer, got ${JSON.stringify(issue.input)}` })
        .describe('The number in error.type.'),
      name: constantName.describe('The SDK constant: AC.statusCode.<name> === code.'),
      category: z
        .enum(categoryIds, {
          error: (issue) =>
            `must be a category id from content/categories.yaml (${categoryIds.join(', ')}), got ${JSON.stringify(issue.input)}`,
        })
        .describe('The id of the code\'s category.'),
      aliases: z.array(aliasSchema).default([]).describe('Other names of the same code in the SDK enum.'),
      sdk: sdkDeclaration.optional().describe('Declaration in agora-chat status.d.ts; absent if the SDK lacks the code.'),
      typeDeclared: z
        .boolean()
        .default(true)
        .describe(
          'Whether AgoraChat.Code, the enum `import type { AgoraChat }` exposes, declares the name. Where it does not (false), the runtime still has it, and snippets read the enum as a Record.',
        ),
      official: officialRowSchema.optional().describe('The official table\'s row; absent if the table lacks the code.'),
    })
    .refine((entry) => entry.sdk !== undefined || entry.official !== undefined, {
      error: 'needs a source: "sdk", "official", or both',
      path: ['sdk'],
    })
    .describe('The language-independent facts about one error code.');
}

export type RegistryEntry = z.infer<ReturnType<typeof registryEntrySchema>>;
