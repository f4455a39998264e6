import type { APIRoute } from 'astro';
import { defaultLocale } from '../i18n/locales';
import { getErrorCodes } from '../content/codes';
import { messagesOf } from '../sdk/sdk-history';

/**
 * The SDK's error.message strings per documented code ({"39": ["not login"], …}), read only by the
 * search page: a pasted message goes to its code. Kept out of lookup-index.json, which the 404 page
 * loads too. Messages are the SDK's own English, the same in every locale.
 */
export const GET: APIRoute = async () => {
  const codes = await getErrorCodes(defaultLocale);
  const messages: Record<number, string[]> = {};
  for (const { code } of codes) {
    const list = messagesOf(code);
    if (list.length > 0) messages[code] = list;
  }
  return new Response(JSON.stringify(messages), { headers: { 'Content-Type': 'application/json' } });
};
