import { z } from 'astro/zod';
import { strictFields } from './strict-fields';

/** Front matter of content/intro/<locale>.mdx, the text above the table on the home page. */
export const introSchema = strictFields({
  title: z.string().trim().min(1, 'must not be empty').describe('The home page heading.'),
  description: z.string().trim().min(1, 'must not be empty').describe('The home page meta description.'),
}).describe('The introduction of the reference, per locale.');
