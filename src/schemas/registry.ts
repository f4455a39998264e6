import { z } from 'astro/zod';
import { strictFields } from './strict-fields';
import { snippetApis } from './snippet-api';
import { constantName } from './constant-name';
import { localizedText } from './localized';

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
    differs: localizedText
      .optional()
      .describe(
        'Only where the SDK refutes what the row says: one line per locale, shown near the top of the code page, saying what the table claims and what the SDK does instead. The row itself stays verbatim; the title and cause state what the SDK does (docs/style.md §7). content/official-facts.yaml marks the refuted facts.',
      ),
  })
  .describe('The row of the official Chinese error table (error-codes.zh-CN), kept verbatim.');

/** Where agora-chat 1.4.0 hands the code to the app (read from the bundle; see docs/content.md). */
export const deliveryChannels = [
  'promise',
  'resolve',
  'onError',
  'onDisconnected',
  'listen',
  'onFileDownloadError',
  'onFileUploadError',
  'messageFail',
] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];

const needsApi = (via: DeliveryChannel) => via === 'promise' || via === 'resolve';

export const deliverySchema = strictFields({
  via: z
    .enum(deliveryChannels, {
      error: (issue) => `must be one of ${deliveryChannels.join(', ')}, got ${JSON.stringify(issue.input)}`,
    })
    .describe(
      'promise: the rejection of an API call; resolve: the result of a successful call; onError / onDisconnected: handlers of conn.addEventHandler; listen: only the legacy conn.listen onError; onFileDownloadError / onFileUploadError: callbacks of AC.utils.download / uploadFile; messageFail: only the fail callback of the sent message.',
    ),
  api: z
    .enum(snippetApis, {
      error: (issue) => `must be a call defined in src/snippets/snippet-calls.ts (${snippetApis.join(', ')}), got ${JSON.stringify(issue.input)}`,
    })
    .optional()
    .describe('For promise and resolve: the API call the snippet shows, one the SDK raises the code from.'),
})
  .refine((delivery) => needsApi(delivery.via) === (delivery.api !== undefined), {
    error: 'an "api" is needed with via: promise or resolve, and only with them',
    path: ['api'],
  })
  .describe('How the code reaches the app; the page\'s snippet handles it there.');

/** The registry schema depends on the category and symptom ids, which are data (content/categories.yaml, content/symptoms.yaml). */
export function registryEntrySchema(categoryIds: readonly [string, ...string[]], symptomIds: readonly [string, ...string[]]) {
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
          'Whether AgoraChat.Code, the enum `import type { AgoraChat }` exposes, declares the name with this number. Where it does not (false), snippets read the runtime enum as a Record.',
        ),
      delivery: deliverySchema,
      unreachable: z
        .boolean()
        .default(false)
        .describe(
          'True where the bundle has a code path that raises the code but no input reaches it, as running the pinned SDK proves (tests/content/sdk-reachability.spec.ts). Which versions raise a code is not kept here: it is derived from content/sdk-history.json.',
        ),
      symptoms: z
        .array(
          z.enum(symptomIds, {
            error: (issue) => `must be a symptom id from content/symptoms.yaml (${symptomIds.join(', ')}), got ${JSON.stringify(issue.input)}`,
          }),
        )
        .refine((ids) => new Set(ids).size === ids.length, 'must not list a symptom twice')
        .default([])
        .describe('The symptoms (content/symptoms.yaml) this code is one cause of: its symptom pages list it and tell it apart from the others.'),
      official: officialRowSchema.optional().describe('The official table\'s row; absent if the table lacks the code.'),
    })
    .describe('The language-independent facts about one error code.');
}

export type RegistryEntry = z.infer<ReturnType<typeof registryEntrySchema>>;
