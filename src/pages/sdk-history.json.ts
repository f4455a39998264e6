import type { APIRoute } from 'astro';
import { siteDiffHistory } from '../upgrade/upgrade-site';
import { pinnedVersion } from '../sdk/sdk-history';

/**
 * The SDK history the site is built from (content/sdk-history.json, validated): every published
 * agora-chat version with its constants. The upgrade page compares any two versions from it.
 */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ pinned: pinnedVersion, versions: siteDiffHistory.versions })}\n`, { headers: { 'Content-Type': 'application/json' } });
