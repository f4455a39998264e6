import { z } from 'astro/zod';
import { strictFields } from './strict-fields';

/** Front matter of content/guide/<locale>.mdx, the error-handling guide (/guide/). */
export const guideSchema = strictFields({
  title: z.string().trim().min(1, 'must not be empty').describe('The guide\'s heading and page title.'),
  description: z.string().trim().min(1, 'must not be empty').describe('The guide\'s meta description and search-result summary.'),
}).describe('The error-handling guide, per locale.');
