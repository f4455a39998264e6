import { z } from 'astro/zod';
import { strictFields } from './strict-fields';
import { localizedText } from './localized';
import { locales, type Locale } from '../i18n/locales';

export const symptomId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: (issue) => `must be a lowercase kebab-case id like "cannot-log-in", got ${JSON.stringify(issue.input)}` })
  .describe('Stable id of a symptom: its URL (/symptoms/<id>/) and what registry entries list under `symptoms`.');

const keywordList = z
  .array(z.string().trim().min(1, 'must not be empty'))
  .min(1, 'needs at least one keyword')
  .refine((words) => new Set(words).size === words.length, 'must not repeat a keyword')
  .describe('Words and phrasings developers use for the symptom, in that locale; indexed as search metadata, shown as "also known as".');

/** Keyword lists in every locale. */
const localizedKeywords = z
  .object(Object.fromEntries(locales.map((locale) => [locale, keywordList])) as Record<Locale, typeof keywordList>)
  .describe('Search phrasings per locale.');

export const symptomSchema = strictFields({
  id: symptomId,
  order: z.int().positive().describe('Position of the symptom in lists, ascending.'),
  title: localizedText.describe('What the developer sees, as they would say it: the page heading ("消息发不出去", "Messages won’t send").'),
  description: localizedText.describe('One or two sentences: what the symptom covers; the page’s lede and meta description.'),
  tellApart: localizedText.describe(
    'How to tell its codes apart: which channel each arrives through, which `error.message` it carries, under what condition. Backticks mark code.',
  ),
  causesWithoutCode: z
    .array(localizedText)
    .default([])
    .describe('Causes of the symptom that raise no error code at all (no `onTextMessage` handler registered, …): what a searcher cannot find on any code page.'),
  keywords: localizedKeywords,
}).describe('A symptom a developer observes without (or before) knowing the code: the page /symptoms/<id>/ lists the codes whose registry entry names it.');

export type Symptom = z.infer<typeof symptomSchema>;
