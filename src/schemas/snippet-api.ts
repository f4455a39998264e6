/**
 * The API calls a registry entry may name in `delivery.api`: each has a snippet call in
 * src/snippets/snippet-calls.ts, which must define exactly these (checked by its `satisfies`).
 */
export const snippetApis = [
  'open',
  'send',
  'sendToGroup',
  'sendFile',
  'recallMessage',
  'modifyMessage',
  'getGroupInfo',
  'getGroupInfoWithAppKey',
  'createGroup',
  'inviteUsersToGroup',
  'setGroupMemberAttributes',
  'joinChatRoom',
  'setChatRoomAttribute',
  'removeChatRoomAttribute',
  'addReaction',
  'deleteReaction',
  'reportMessage',
  'translateMessage',
  'publishPresence',
  'createChatThread',
  'getChatThreadDetail',
  'pinConversation',
  'downloadAndParseCombineMessage',
  'getLocalConversations',
] as const;

export type SnippetApi = (typeof snippetApis)[number];
