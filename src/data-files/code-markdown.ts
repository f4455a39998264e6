import type { Locale } from '../i18n/locales';
import { ui, type UiStrings } from '../i18n/ui';
import { deliveryText, snippetFor } from '../snippets/code-snippet';
import type { ErrorCode } from '../content/codes';
import { codeVersions, versionNotes } from '../sdk/code-versions';
import { messagesOf, pinnedVersion, sdkHistory } from '../sdk/sdk-history';
import { SDK_VERSION } from '../sdk/sdk-version';

/** "`error.message` can be (agora-chat 1.4.0): `not login`": empty when the SDK attaches none. */
function messagesMarkdown(code: number, t: UiStrings): string {
  const messages = messagesOf(code);
  if (messages.length === 0) return '';
  return `\n\n\`error.message\` ${t.messagesCanBe(pinnedVersion)}\n\n${messages.map((message) => `- \`${message}\``).join('\n')}`;
}

/**
 * The Markdown twin of a code page (/codes/206.md), for tools and assistants: the same facts and
 * text, no navigation. `pageUrl` is the absolute URL of the HTML page.
 */
export function codeMarkdown(entry: ErrorCode, locale: Locale, pageUrl: string): string {
  const t = ui(locale);
  const { title, cause, fix, keywords = [] } = entry.prose.data;
  const sources = [
    entry.official ? t.sourceOfficial : t.sourceSdkOnly,
    ...(entry.sdk ? [t.sourceSdk(SDK_VERSION)] : []),
    ...(entry.sdk === 'hidden' ? [t.hiddenCode] : []),
  ];
  const facts = [
    `- ${t.codeLabel}: ${entry.code}`,
    `- ${t.constantLabel}: \`${entry.name}\``,
    ...entry.aliases.map((alias) => `- ${t.aliasLabel}: \`${alias.name}\`${alias.sdk === 'hidden' ? ` (${t.hiddenAlias})` : ''}`),
    `- ${t.categoryLabel}: ${entry.categoryInfo.label[locale]}`,
    ...(keywords.length > 0 ? [`- ${t.alsoKnownAs}${keywords.join(t.listSeparator)}`] : []),
    `- ${t.sourceLabel}: ${sources.join('; ')}`,
    `- HTML: ${pageUrl}`,
  ];
  const sections = [
    `# ${entry.code} ${entry.name}: ${title}`,
    facts.join('\n'),
    `## ${t.causeHeading}\n\n${cause ?? title}${messagesMarkdown(entry.code, t)}`,
    `## ${t.fixHeading}\n\n${fix ?? t.fixFallback}`,
    ...(entry.prose.body?.trim() ? [entry.prose.body.trim()] : []),
    `## ${t.snippetHeading}\n\n${t.deliveryLabel}${deliveryText(entry, locale)}\n\n\`\`\`ts\n${snippetFor(entry, locale).trimEnd()}\n\`\`\``,
    versionsMarkdown(entry, locale),
    ...(entry.official ? [`## ${t.officialHeading}\n\n> \`${entry.official.name ?? entry.name}\`: ${entry.official.description}`] : []),
  ];
  return `${sections.join('\n\n')}\n`;
}

/** The SDK-versions section: the page's sentences, its moved-name notes and its table. */
function versionsMarkdown(entry: ErrorCode, locale: Locale): string {
  const t = ui(locale);
  const notes = versionNotes(codeVersions(entry.code, sdkHistory), {
    unreachable: entry.unreachable,
    versionCount: sdkHistory.sdkVersions.length,
    pinned: sdkHistory.pinnedVersion,
    t,
  });
  const table = [
    `| ${t.versionsColVersions} | ${t.versionsColName} | ${t.versionsColRaised} |`,
    '| --- | --- | --- |',
    ...notes.rows.map((row) => `| ${row.versions} | ${row.names.map((name) => `\`${name}\``).join(', ')} | ${row.raised} |`),
  ];
  return [`## ${t.versionsHeading}`, notes.sentences.join(locale === 'en' ? ' ' : ''), ...notes.elsewhere.map((note) => note.text), table.join('\n')].join('\n\n');
}
