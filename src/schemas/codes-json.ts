import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales';
import { constantName } from './constant-name';
import { deliverySchema } from './registry';

/** A text in every locale of the site. */
const perLocale = (what: string) =>
  z
    .strictObject(Object.fromEntries(locales.map((locale) => [locale, z.string()])) as Record<Locale, z.ZodString>)
    .describe(`${what}, keyed by locale (${locales.join(', ')}).`);

const optionalPerLocale = (what: string) =>
  z
    .strictObject(Object.fromEntries(locales.map((locale) => [locale, z.string().optional()])) as Record<Locale, z.ZodOptional<z.ZodString>>)
    .describe(`${what}, keyed by locale; a locale is absent where there is none.`);

export const codeRecordSchema = z
  .strictObject({
    code: z.int().describe('The number in error.type.'),
    name: constantName.describe('The SDK constant: AC.statusCode[name] === code.'),
    aliases: z
      .array(z.strictObject({ name: constantName, hidden: z.boolean().describe('Marked @hidden in the SDK.') }))
      .describe('Other constant names of the same code.'),
    category: z.strictObject({ id: z.string(), label: perLocale('Category name') }),
    source: z
      .strictObject({
        officialTable: z.boolean().describe('The official Chinese error table lists the code.'),
        sdk: z.enum(['public', 'hidden']).nullable().describe('How status.d.ts of agora-chat declares it; null if it does not.'),
        sdkVersion: z.string().describe('The agora-chat version the SDK facts were checked against.'),
      })
      .describe('Where the code comes from.'),
    official: z
      .strictObject({
        name: constantName.describe('The name the official table prints (differs from `name` for 607).'),
        description: z.string().describe('The official table\'s description, verbatim.'),
      })
      .nullable()
      .describe('The official table\'s row; null for codes only the SDK defines.'),
    title: perLocale('Short title'),
    description: optionalPerLocale('What happened and why'),
    fix: optionalPerLocale('What to do'),
    delivery: deliverySchema,
    unreachable: z
      .boolean()
      .describe('The bundle has a code path that raises the code, but running the SDK proves no input reaches it.'),
    versions: z
      .array(
        z.strictObject({
          version: z.string().describe('A published agora-chat version that defines the number.'),
          names: z.array(constantName).min(1).describe('The constants that version gives the number (runtime enum and typings).'),
          raised: z.boolean().describe('Whether that version\'s code (main bundle or a plugin build) raises the number.'),
          messages: z.array(z.string()).describe('The literal error.message strings that version raises the number with; sorted.'),
        }),
      )
      .describe('Every published agora-chat version that defines the number, oldest first; versions that lack it are left out.'),
    urls: perLocale('Absolute URL of the code\'s page'),
    markdown: perLocale('Absolute URL of the code\'s Markdown twin'),
  })
  .describe('One error code of the Agora Chat Web SDK.');

export const codesJsonSchema = z
  .strictObject({
    $schema: z.string().describe('URL of this JSON Schema.'),
    sdk: z.strictObject({
      package: z.literal('agora-chat'),
      version: z.string().describe('The version the site is checked against (the pinned one).'),
      versions: z.array(z.string()).describe('Every published version, oldest first (semver); what codes[].versions refers to.'),
    }),
    locales: z.array(z.string()).describe('The locales of every per-locale text.'),
    codes: z.array(codeRecordSchema).describe('Every documented code, ascending.'),
  })
  .describe('The error codes of the Agora Chat Web SDK, as documented on this site (/codes.json).');

export type CodesJson = z.infer<typeof codesJsonSchema>;
