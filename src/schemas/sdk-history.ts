import { z } from 'astro/zod';
import { compareSemver } from './semver';
import { constantName } from './constant-name';
import { strictFields } from './strict-fields';

const version = z
  .string({ error: (issue) => `must be a version string, got ${JSON.stringify(issue.input)}` })
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/, { error: (issue) => `must be a semver version like 1.4.0 or 1.2.2-1, got ${JSON.stringify(issue.input)}` });

export const sdkConstantSchema = strictFields({
  code: z.int({ error: (issue) => `must be an integer, got ${JSON.stringify(issue.input)}` }).describe('The number of the constant in that version.'),
  declared: z
    .enum(['public', 'hidden'], { error: (issue) => `must be "public", "hidden" or null, got ${JSON.stringify(issue.input)}` })
    .nullable()
    .describe('How that version\'s status.d.ts (types/status.d.ts in 1.1.0) declares it: public, hidden (@hidden); null if it does not, or the version has no status.d.ts.'),
  typed: z.boolean().describe('Whether AgoraChat.Code in that version\'s Agora-chat.d.ts declares it.'),
  raised: z.boolean().describe('Whether that version\'s code (main bundle or a plugin build) raises it: uses it as the type of an error it creates.'),
  messages: z
    .array(z.string().min(1, 'must not be empty'))
    .describe('The literal `message` strings that version attaches to errors of the constant; sorted, without duplicates.'),
}).describe('One constant of the runtime enum (statusCode) of one version, or of its typings.');

export const sdkVersionSchema = strictFields({
  version: version.describe('The published version of agora-chat.'),
  constants: z.record(constantName, sdkConstantSchema).describe('Every constant of that version, by name.'),
}).describe('What one published version of agora-chat says about its error codes.');

export const sdkHistorySchema = strictFields({
  pinned: version.describe('The version the site is checked against: the agora-chat devDependency of package.json.'),
  versions: z
    .array(sdkVersionSchema)
    .min(1, 'must list at least one version')
    .superRefine((versions, context) => {
      versions.forEach((entry, index) => {
        const previous = versions[index - 1];
        if (previous && compareSemver(previous.version, entry.version) >= 0) {
          context.addIssue({ code: 'custom', path: [index, 'version'], message: `must come after ${previous.version} (oldest first, each once), got ${entry.version}` });
        }
        for (const [name, constant] of Object.entries(entry.constants)) {
          const sorted = [...new Set(constant.messages)].sort();
          if (sorted.join('\u0000') !== constant.messages.join('\u0000')) {
            context.addIssue({ code: 'custom', path: [index, 'constants', name, 'messages'], message: 'must be sorted and without duplicates' });
          }
        }
      });
    })
    .describe('Every published version, oldest first (semver order).'),
})
  .refine((history) => history.versions.some((entry) => entry.version === history.pinned), {
    error: (issue) => `must be one of the listed versions, got ${JSON.stringify((issue.input as { pinned?: unknown }).pinned)}`,
    path: ['pinned'],
  })
  .describe('content/sdk-history.json: the error codes of every published agora-chat version, written by npm run sdk:history.');

export type SdkHistory = z.infer<typeof sdkHistorySchema>;
export type SdkConstant = z.infer<typeof sdkConstantSchema>;
