import { z } from 'astro/zod';

/**
 * A strict object whose error for unknown keys names them and lists the allowed ones,
 * so a misspelt field ("tittle") is reported as such instead of silently dropped.
 */
export function strictFields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}; allowed fields: ${allowed}`
        : undefined,
  });
}
