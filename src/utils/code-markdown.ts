import type { Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { deliveryText, snippetFor } from './code-snippet';
import type { ErrorCode } from './codes';
import { SDK_VERSION } from './sdk-version';

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
    ...(entry.neverRaised ? [`> ${t.neverRaised(SDK_VERSION)}`] : []),
    `## ${t.causeHeading}\n\n${cause ?? title}`,
    `## ${t.fixHeading}\n\n${fix ?? t.fixFallback}`,
    ...(entry.prose.body?.trim() ? [entry.prose.body.trim()] : []),
    `## ${t.snippetHeading}\n\n${t.deliveryLabel}${deliveryText(entry, locale)}\n\n\`\`\`ts\n${snippetFor(entry, locale).trimEnd()}\n\`\`\``,
    ...(entry.official ? [`## ${t.officialHeading}\n\n> \`${entry.official.name ?? entry.name}\`: ${entry.official.description}`] : []),
  ];
  return `${sections.join('\n\n')}\n`;
}
