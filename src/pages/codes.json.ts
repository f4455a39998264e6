import type { APIRoute } from 'astro';
import { buildCodesJson } from '../data-files/codes-json';

/** Every code with its facts and texts in every locale; schema: /codes.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` for absolute URLs in codes.json');
  return new Response(`${JSON.stringify(await buildCodesJson(site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
