import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales';
import { changeKinds } from './change-kinds';
import { constantName } from './constant-name';

const version = z.string().describe('A published version of agora-chat.');
const names = z.array(constantName).describe('The constants the version gives the number, in the runtime enum\'s order.');
const typing = z
  .strictObject({
    declared: z.enum(['public', 'hidden']).nullable().describe('How status.d.ts declares the name: public, hidden (@hidden), or null if it does not.'),
    typed: z.boolean().describe('Whether AgoraChat.Code of Agora-chat.d.ts declares the name.'),
  })
  .describe('The typing of a name in one version.');

const numberChange = z.strictObject({
  code: z.int().describe('The number in error.type.'),
  names,
  raised: z.boolean().describe('Whether the version that has the number raises it.'),
});

export const versionDiffSchema = z
  .strictObject({
    from: version.describe('The version an app moves from.'),
    to: version.describe('The version an app moves to.'),
    new: z.array(numberChange).describe('Numbers `to` defines and `from` lacks (not counting a name that only moved: see renumbered); names and raised as in `to`.'),
    removed: z.array(numberChange).describe('Numbers `from` defines and `to` lacks (not counting a name that only moved); names and raised as in `from`.'),
    renumbered: z
      .array(z.strictObject({ name: constantName, from: z.int().describe('Its number in `from`.'), to: z.int().describe('Its number in `to`.') }))
      .describe('Names both versions define with different numbers: a check of error.type against the old number misses the error.'),
    renamed: z
      .array(z.strictObject({ code: z.int(), from: names, to: names }))
      .describe('Numbers both versions define under other names: the number may mean something else.'),
    nowRaised: z.array(z.strictObject({ code: z.int(), names })).describe('Numbers both versions define that only `to` raises.'),
    noLongerRaised: z.array(z.strictObject({ code: z.int(), names })).describe('Numbers both versions define that only `from` raises.'),
    messageChanged: z
      .array(
        z.strictObject({
          code: z.int(),
          names,
          added: z.array(z.string()).describe('error.message texts `to` raises the number with and `from` does not; sorted.'),
          removed: z.array(z.string()).describe('error.message texts only `from` raises the number with; sorted.'),
        }),
      )
      .describe('Numbers both versions define whose literal error.message texts differ.'),
    typingChanged: z
      .array(z.strictObject({ code: z.int(), name: constantName, from: typing, to: typing }))
      .describe('Names with the same number in both versions whose declaration in status.d.ts or AgoraChat.Code differs.'),
  })
  .describe('What changes for error handling from one agora-chat version to another, computed from the SDK history.');

const perLocale = z
  .strictObject(Object.fromEntries(locales.map((locale) => [locale, z.string()])) as Record<Locale, z.ZodString>)
  .describe(`Absolute URLs, keyed by locale (${locales.join(', ')}).`);

export const versionsJsonSchema = z
  .strictObject({
    $schema: z.string().describe('URL of this JSON Schema.'),
    sdk: z.strictObject({
      package: z.literal('agora-chat'),
      pinned: version.describe('The version the site is checked against.'),
      latest: version.describe('The newest published version in the history.'),
      versions: z.array(version).describe('Every published version, oldest first (semver).'),
    }),
    kinds: z.array(z.enum(changeKinds)).describe('The kinds of change, in the order the pages show them.'),
    history: z.string().describe('Absolute URL of the SDK history the diffs are computed from (/sdk-history.json), to compare any other pair.'),
    versions: z
      .array(
        z.strictObject({
          version,
          previous: version.nullable().describe('The version published before it; null for the first.'),
          changes: versionDiffSchema.nullable().describe('Its changes against `previous`; null for the first version.'),
          toLatest: versionDiffSchema.nullable().describe('What changes when an app upgrades from it to the latest version; null for the latest.'),
          pages: perLocale.describe('The version\'s page per locale.'),
          upgrade: perLocale.describe('The upgrade page from this version, per locale.'),
        }),
      )
      .describe('Every published version, oldest first.'),
  })
  .describe('The error-code changes of every published agora-chat version (/versions.json).');

export type VersionsJson = z.infer<typeof versionsJsonSchema>;
