import path from 'node:path';
import { readRuntimeEnum } from '../../scripts/sdk/runtime-enum.ts';
import { ROOT } from './source';

/**
 * The installed SDK's runtime enum (name → number, as `AC.statusCode` holds it), read by loading the
 * real bundle in a separate Node process (the extractor's loader): its browser globals stay out of ours.
 */
export function readRuntimeStatusCodes(): Record<string, number> {
  return readRuntimeEnum(path.join(ROOT, 'node_modules/agora-chat/Agora-chat.js'));
}
