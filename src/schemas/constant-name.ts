import { z } from 'astro/zod';

/** SCREAMING_SNAKE_CASE, as every constant of the SDK's statusCode enum is written. */
export const constantNamePattern = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

export const constantName = z
  .string({ error: (issue) => `must be a constant name (a string), got ${JSON.stringify(issue.input)}` })
  .regex(constantNamePattern, {
    error: (issue) => `must be SCREAMING_SNAKE_CASE like SERVER_BUSY, got ${JSON.stringify(issue.input)}`,
  })
  .describe('A constant of the SDK enum, e.g. WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE.');
