/** What each build of agora-chat offers: the full bundle versus the miniCore build with its plugins. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { ROOT } from '../support/source';
import { proof } from './support/proof';
import { loadSdk } from './support/sdk';

const LOCAL_CONVERSATION_APIS = ['getLocalConversations', 'getLocalConversation', 'setLocalConversationCustomField', 'removeLocalConversation', 'clearConversationUnreadCount'];

proof('800-localcache-only', 'the local conversation APIs are in the localCache plugin, not on a connection of the full SDK', async () => {
  const conn = loadSdk().connect() as unknown as Record<string, unknown>;
  for (const api of LOCAL_CONVERSATION_APIS) expect(conn[api], `conn.${api} of the full SDK`).toBeUndefined();
  // A method the full SDK does have, so that the check above can fail.
  expect(typeof conn.getConversationlist).toBe('function');
  const plugin = readFileSync(path.join(ROOT, 'node_modules/agora-chat/localCache/localCache.js'), 'utf8');
  for (const api of LOCAL_CONVERSATION_APIS) expect(plugin, `localCache.js defines ${api}`).toContain(api);
});

proof('55-not-in-pinned-enum', 'the runtime enum of the pinned bundle has no 55: LOCAL_DB_OPERATION_FAILED is 800', async () => {
  const { statusCode } = loadSdk();
  const byNumber = statusCode as unknown as Record<number, string | undefined>;
  expect(byNumber[55]).toBeUndefined();
  expect(statusCode.LOCAL_DB_OPERATION_FAILED).toBe(800);
  // A number the enum does have reads back as its name, so the first check can fail.
  expect(byNumber[800]).toBe('LOCAL_DB_OPERATION_FAILED');
});
