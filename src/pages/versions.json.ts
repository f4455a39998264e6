import type { APIRoute } from 'astro';
import { buildVersionsJson } from '../data-files/versions-json';

/** Every agora-chat version's error-code changes; schema: /versions.schema.json. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` for absolute URLs in versions.json');
  return new Response(`${JSON.stringify(buildVersionsJson(site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
