import { z } from 'astro/zod';
import { strictFields } from './strict-fields';
import { localizedText } from './localized';

export const categoryId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: (issue) => `must be a lowercase id like "chatroom", got ${JSON.stringify(issue.input)}` })
  .describe('Stable id of a category, used in URLs (?category=message) and in the registry.');

export const categorySchema = strictFields({
    id: categoryId,
    order: z.int().positive().describe('Position of the category in lists and filters, ascending.'),
    label: localizedText.describe('Short name of the category, per locale.'),
    description: localizedText.describe('One line on what the category holds, per locale.'),
  })
  .describe('A group of related error codes. The grouping is ours: neither the SDK nor the official docs group codes.');

export type Category = z.infer<typeof categorySchema>;
