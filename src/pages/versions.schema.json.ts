import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { versionsJsonSchema } from '../schemas/versions-json';

/** The JSON Schema of /versions.json, generated from the same Zod schema that validates it. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(versionsJsonSchema, { target: 'draft-2020-12' }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
