/**
 * The SDK history of this site: content/sdk-history.json (written by npm run sdk:history), validated
 * when first imported, so a file that breaks the schema fails the build naming the file and field.
 * See sdk-history-query.ts for what each answer means.
 */
import rawHistory from '../../content/sdk-history.json';
import { SDK_VERSION } from './sdk-version';
import { parseSdkHistory, sdkHistoryAccessor } from './sdk-history-query';

export const SDK_HISTORY_FILE = 'content/sdk-history.json';

const fromFile = sdkHistoryAccessor(parseSdkHistory(rawHistory, SDK_HISTORY_FILE, SDK_VERSION));

export const sdkHistory = fromFile;
export const { sdkVersions, pinnedVersion, namesOf, versionsDefining, versionsRaising, messagesOf, codeOf, meaningsOf, rangesOf, constantsOf } = fromFile;
