import { z } from 'astro/zod';
import { strictFields } from './strict-fields.ts';

/** `/source/flags` in the list is a regular expression; anything else is literal text. */
const REGEXP_SOURCE = /^\/(.+)\/([gimyu]*)$/s;

export function variantRegExp(variant: string): RegExp {
  const match = REGEXP_SOURCE.exec(variant);
  if (!match) return new RegExp(variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
  const [, source = '', flags = ''] = match;
  return new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
}

const variant = z
  .string()
  .min(1, 'must not be empty')
  .superRefine((value, context) => {
    try {
      variantRegExp(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: `is not a valid regular expression: ${(error as Error).message}` });
    }
  })
  .describe('A variant we do not write: literal text (case-sensitive), or a JavaScript regular expression as /…/.');

const term = z.string().trim().min(1, 'must not be empty');

const perLocaleVariants = strictFields({
  'zh-cn': z.array(variant).default([]).describe('Variants banned in Chinese prose.'),
  en: z.array(variant).default([]).describe('Variants banned in English prose.'),
});

export const terminologyEntrySchema = strictFields({
    'zh-cn': term.describe('The Chinese term, e.g. 禁言.'),
    en: term.describe('The English term, e.g. muted.'),
    avoid: perLocaleVariants.default({ 'zh-cn': [], en: [] }).describe('Variants of the term that the prose lint reports.'),
    note: z.string().trim().min(1).optional().describe('When to use the term, or how it differs from a near one.'),
    examples: z
      .array(
        strictFields({
          locale: z.enum(['zh-cn', 'en']).describe('The language of the example.'),
          wrong: z.string().min(1).optional().describe('Text the lint must report.'),
          right: z.string().min(1).optional().describe('Text the lint must accept.'),
        }),
      )
      .default([])
      .describe('Checked before every lint run, so a variant that stops matching (or matches the right term) fails loudly.'),
  })
  .describe('One term pair of docs/terminology.yaml.');

export const terminologySchema = z.array(terminologyEntrySchema).min(1).describe('The terminology list: one term pair per entry.');

export type TerminologyEntry = z.infer<typeof terminologyEntrySchema>;
