import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales';

/** A non-empty text in every locale of the site. */
export const localizedText = z
  .object(
    Object.fromEntries(locales.map((locale) => [locale, z.string().trim().min(1, `needs a non-empty "${locale}" text`)])) as Record<
      Locale,
      z.ZodString
    >,
  )
  .describe('One text per site locale, keyed by locale id.');
