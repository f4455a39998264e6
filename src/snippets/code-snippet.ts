import type { Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import type { ErrorCode } from '../content/codes';
import { rangeText } from '../sdk/code-versions';
import { codeOf, namesOf, pinnedVersion, rangesOf, versionsDefining } from '../sdk/sdk-history';
import { SDK_VERSION } from '../sdk/sdk-version';
import { errorCheckSnippet } from './snippet';
import { snippetCalls } from './snippet-calls';

/** The snippet of a code page, with comments in the page's language. */
export function snippetFor(entry: ErrorCode, locale: Locale): string {
  const t = ui(locale);
  return errorCheckSnippet(
    {
      code: entry.code,
      name: entry.name,
      title: entry.prose.data.title,
      typeDeclared: entry.typeDeclared,
      delivery: entry.delivery,
      formerNumber: namesOf(entry.code).includes(entry.name)
        ? undefined
        : t.snippetFormerNumber(entry.name, entry.code, t.versionsList(rangesOf(versionsDefining(entry.code)).map(rangeText)), pinnedVersion, codeOf(entry.name)),
    },
    {
      castTyped: t.snippetCastTyped,
      castUntyped: (name) => t.snippetCastUntyped(name, SDK_VERSION),
      miniCoreLiteral: t.snippetMiniCoreLiteral,
      legacyListen: t.snippetLegacyListen(SDK_VERSION),
      downloadThis: t.snippetDownloadThis,
      failParameter: t.snippetFailParameter,
      branch: t.snippetBranch,
    },
  );
}

/** Where the code arrives, in words (`backticks` mark code). */
export function deliveryText(entry: ErrorCode, locale: Locale): string {
  const { via, api } = entry.delivery;
  // The method name alone ("conn.recallMessage()"), not the whole call with its arguments.
  const method = api === undefined ? '' : `\`${snippetCalls[api].call.replace(/\(.*$/s, '()')}\``;
  return ui(locale).delivery[via](method);
}
