import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { codesJsonSchema } from '../schemas/codes-json';

/** The JSON Schema of /codes.json, generated from the same Zod schema that validates it. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(codesJsonSchema, { target: 'draft-2020-12' }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
