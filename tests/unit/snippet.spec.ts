import { expect, test } from '@playwright/test';
import { errorCheckSnippet, type SnippetComments, type SnippetInput } from '../../src/snippets/snippet';

const comments: SnippetComments = {
  castTyped: 'CAST_TYPED',
  castUntyped: (name) => `CAST_UNTYPED ${name}`,
  miniCoreLiteral: 'MINICORE',
  legacyListen: 'LEGACY',
  downloadThis: 'DOWNLOAD',
  failParameter: 'FAIL',
  branch: (code, title) => `BRANCH ${code} ${title}`,
};
const input = (overrides: Partial<SnippetInput>): SnippetInput => ({
  code: 504,
  name: 'MESSAGE_RECALL_TIME_LIMIT',
  title: 'T',
  typeDeclared: true,
  delivery: { via: 'promise', api: 'recallMessage' },
  ...overrides,
});

test('a promise code catches the rejection of the call that raises it', () => {
  const snippet = errorCheckSnippet(input({}), comments);
  expect(snippet).toContain("conn.recallMessage({ mid: 'message-id'");
  expect(snippet).toContain('.catch((error: AgoraChat.ErrorEvent) => {');
  expect(snippet).toContain('if (error.type === statusCode.MESSAGE_RECALL_TIME_LIMIT) {');
  expect(snippet).toContain('// BRANCH 504 T');
  expect(snippet).toContain('as unknown as typeof AgoraChat.Code');
});

test('a name missing from AgoraChat.Code is typed by name, without importing unused types', () => {
  const onError = errorCheckSnippet(input({ name: 'WEBIM_TOKEN_EXPIRED', typeDeclared: false, delivery: { via: 'onError' } }), comments);
  expect(onError).toContain('as unknown as { WEBIM_TOKEN_EXPIRED: number }');
  expect(onError).not.toContain('import type');
  const promise = errorCheckSnippet(input({ name: 'MODIFY_MESSAGE_FAILED', typeDeclared: false, delivery: { via: 'promise', api: 'modifyMessage' } }), comments);
  expect(promise).toContain("import type { AgoraChat } from 'agora-chat';");
});

test('event, listener and file channels register where the SDK delivers', () => {
  expect(errorCheckSnippet(input({ delivery: { via: 'onError' } }), comments)).toContain('conn.addEventHandler(');
  expect(errorCheckSnippet(input({ delivery: { via: 'onDisconnected' } }), comments)).toContain('if (error?.type === statusCode.');
  expect(errorCheckSnippet(input({ delivery: { via: 'listen' } }), comments)).toMatch(/\/\/ LEGACY\nconn\.listen\(/);
  expect(errorCheckSnippet(input({ delivery: { via: 'onFileDownloadError' } }), comments)).toContain('AC.utils.download.call(conn, {');
  expect(errorCheckSnippet(input({ delivery: { via: 'onFileUploadError' } }), comments)).toContain('onFileUploadError: (error) => {');
  expect(errorCheckSnippet(input({ delivery: { via: 'resolve', api: 'getGroupInfo' } }), comments)).toContain('.then((result) => {');
  expect(errorCheckSnippet(input({ delivery: { via: 'messageFail' } }), comments)).toContain('message.fail = (error?: AgoraChat.ErrorEvent) => {');
});

test('a call that needs an App Key connection gets one', () => {
  const snippet = errorCheckSnippet(input({ delivery: { via: 'promise', api: 'getGroupInfoWithAppKey' } }), comments);
  expect(snippet).toContain("new AC.connection({ appKey: 'your-org#your-app' })");
});

test('the miniCore build uses a literal checked with satisfies', () => {
  const snippet = errorCheckSnippet(input({ code: 800, name: 'LOCAL_DB_OPERATION_FAILED', delivery: { via: 'promise', api: 'getLocalConversations' } }), comments);
  expect(snippet).toContain('const LOCAL_DB_OPERATION_FAILED = 800 satisfies AgoraChat.Code.LOCAL_DB_OPERATION_FAILED;');
  expect(snippet).toContain('if (error.type === LOCAL_DB_OPERATION_FAILED) {');
  expect(snippet).not.toContain('statusCode');
});

test('a former number (55: LOCAL_DB_OPERATION_FAILED before it became 800) is compared as a number, with the reason', () => {
  const snippet = errorCheckSnippet(
    input({ code: 55, name: 'LOCAL_DB_OPERATION_FAILED', typeDeclared: false, delivery: { via: 'promise', api: 'getLocalConversations' }, formerNumber: 'ONLY IN 1.3.0' }),
    comments,
  );
  expect(snippet).toContain('// ONLY IN 1.3.0\nconst LOCAL_DB_OPERATION_FAILED_55: number = 55;\n');
  expect(snippet).toContain('if (error.type === LOCAL_DB_OPERATION_FAILED_55) {');
  expect(snippet).not.toContain('satisfies');
});
