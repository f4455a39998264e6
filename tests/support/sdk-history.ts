import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSdkHistory, sdkHistoryAccessor } from '../../src/sdk/sdk-history-query';
import { ROOT } from './source';

/** content/sdk-history.json, validated, for tests (Node's loader cannot import JSON without an import attribute). */
export function readSdkHistory() {
  const file = 'content/sdk-history.json';
  return sdkHistoryAccessor(parseSdkHistory(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')), file));
}
