import type { APIRoute } from 'astro';
import { locales } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { getErrorCodes } from '../content/codes';
import { SDK_VERSION } from '../sdk/sdk-version';
import { localeFilePath, sitePath } from '../routes/urls';

/** /llms.txt (llmstxt.org): what the site is, and a Markdown link for every code in every language. */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const sections = await Promise.all(
    locales.map(async (locale) => {
      const t = ui(locale);
      const codes = await getErrorCodes(locale);
      const lines = codes.map((entry) => `- [${entry.code} ${entry.name}](${absolute(localeFilePath(locale, `codes/${entry.code}.md`))}): ${entry.prose.data.title}`);
      return `## ${t.siteTitle} (${locale})\n\n${lines.join('\n')}`;
    }),
  );
  const text = `# Agora Chat Web SDK error codes

> Every error code of the Agora Chat Web SDK (npm agora-chat ${SDK_VERSION}): meaning, cause, fix, and TypeScript that checks for it, in Chinese (the source language) and English. Errors reach an app as objects whose \`type\` is the code: through the \`onError\` handler of \`conn.addEventHandler\`, or as the rejection of an API call's promise.

- All codes as JSON, both languages: ${absolute(sitePath('/codes.json'))} (JSON Schema: ${absolute(sitePath('/codes.schema.json'))})
- What changes for error handling between agora-chat versions (new, removed, renumbered, renamed, now or no longer raised, message and typing changes), every version against the one before and against the latest: ${absolute(sitePath('/versions.json'))} (JSON Schema: ${absolute(sitePath('/versions.schema.json'))}); any two versions compared: ${absolute(sitePath('/upgrade/'))}
- Each code page has a Markdown twin at /codes/<code>.md (Chinese) and /en/codes/<code>.md (English).
- The official Chinese table prints code 607's constant as GROUP_NOT_EXIST; the SDK's constant is GROUP_MEMBERS_LIMIT (statusCode.GROUP_NOT_EXIST is 605).

${sections.join('\n\n')}
`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
