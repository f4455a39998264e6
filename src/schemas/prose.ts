import { z } from 'astro/zod';
import { strictFields } from './strict-fields';

const sentence = (what: string) =>
  z
    .string({ error: (issue) => `must be text, got ${JSON.stringify(issue.input)}` })
    .trim()
    .min(1, `must not be empty (leave the field out if there is no ${what})`);

/** Front matter of content/codes/<locale>/<code>.mdx; the MDX body is free prose shown below it. */
export const proseSchema = strictFields({
    title: z
      .string({ error: (issue) => `must be text, got ${JSON.stringify(issue.input)}` })
      .trim()
      .min(1, 'must not be empty')
      .describe('Short title of the error, e.g. 用户在其他设备登录. Shown in the table and as the page heading.'),
    cause: sentence('cause').optional().describe('What happened and why: the detail after the title.'),
    fix: sentence('fix').optional().describe('What the developer should do about it.'),
    confusable: z
      .array(
        strictFields({
          code: z.int({ error: (issue) => `must be an integer code, got ${JSON.stringify(issue.input)}` }).describe('A code easily taken for this one.'),
          difference: sentence('difference').describe('One line on how that code differs from this one.'),
        }),
      )
      .default([])
      .describe('Codes easily confused with this one (same wording in the official table, same symptom).'),
    keywords: z
      .array(
        z
          .string({ error: (issue) => `must be text, got ${JSON.stringify(issue.input)}` })
          .trim()
          .min(1, 'must not be empty'),
        { error: (issue) => `must be a list of words, got ${JSON.stringify(issue.input)}` },
      )
      .min(1, 'must list at least one word (leave the field out if there are none)')
      .refine((words) => new Set(words.map((word) => word.toLowerCase())).size === words.length, {
        error: (issue) => `must not repeat a word, got ${JSON.stringify(issue.input)}`,
      })
      .optional()
      .describe(
        'Search data, not prose: the words developers use for this problem that the title and text do not (掉线, kicked out, token expired, 401). Indexed with a weight and shown as "also known as".',
      ),
  })
  .describe('The prose of one code in one locale.');

export type Prose = z.infer<typeof proseSchema>;
