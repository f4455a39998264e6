/**
 * API calls that snippets show for codes delivered as a promise rejection: for each, a call the
 * agora-chat 1.4.0 bundle shows raising the code. Keys are the ids the registry's `delivery.api` may
 * name (src/schemas/snippet-api.ts): `satisfies` makes the two lists agree.
 */
import type { SnippetApi } from '../schemas/snippet-api';

export interface SnippetCall {
  /** Statements before the call (e.g. creating the message to send). */
  setup?: string;
  /** The call expression, returning a promise. */
  call: string;
  /** The call lives in the miniCore build with the localCache plugin (code 800). */
  miniCore?: boolean;
  /** The connection must be created with an App Key rather than an App ID (code 700). */
  appKey?: boolean;
}

const textMessage = (chatType: 'singleChat' | 'groupChat', to: string) =>
  `const message = AC.message.create({ type: 'txt', chatType: '${chatType}', to: '${to}', msg: 'Hello' });`;

export const snippetCalls = {
  open: { call: "conn.open({ user: 'user-id', accessToken: 'your-token' })" },
  send: { setup: textMessage('singleChat', 'user-id'), call: 'conn.send(message)' },
  sendToGroup: { setup: textMessage('groupChat', 'group-id'), call: 'conn.send(message)' },
  sendFile: {
    setup: "const message = AC.message.create({ type: 'file', chatType: 'singleChat', to: 'user-id', file: AC.utils.getFileUrl('file-input') });",
    call: 'conn.send(message)',
  },
  recallMessage: { call: "conn.recallMessage({ mid: 'message-id', to: 'user-id', chatType: 'singleChat' })" },
  modifyMessage: {
    setup:
      "const edited = AC.message.create({ type: 'txt', chatType: 'singleChat', to: 'user-id', msg: 'Edited text' }) as AgoraChat.TextMsgBody;",
    call: "conn.modifyMessage({ messageId: 'message-id', modifiedMessage: edited })",
  },
  getGroupInfo: { call: "conn.getGroupInfo({ groupId: 'group-id' })" },
  getGroupInfoWithAppKey: { call: "conn.getGroupInfo({ groupId: 'group-id' })", appKey: true },
  createGroup: {
    call: "conn.createGroup({\n  data: {\n    groupname: 'My group',\n    desc: '',\n    members: ['user-1', 'user-2'],\n    public: true,\n    approval: false,\n    allowinvites: true,\n    inviteNeedConfirm: false,\n    maxusers: 200,\n  },\n})",
  },
  inviteUsersToGroup: { call: "conn.inviteUsersToGroup({ groupId: 'group-id', users: ['user-id'] })" },
  setGroupMemberAttributes: {
    call: "conn.setGroupMemberAttributes({ groupId: 'group-id', userId: 'user-id', memberAttributes: { nickname: 'Tom' } })",
  },
  joinChatRoom: { call: "conn.joinChatRoom({ roomId: 'room-id' })" },
  setChatRoomAttribute: {
    call: "conn.setChatRoomAttribute({ chatRoomId: 'room-id', attributeKey: 'topic', attributeValue: 'news' })",
  },
  removeChatRoomAttribute: { call: "conn.removeChatRoomAttribute({ chatRoomId: 'room-id', attributeKey: 'topic' })" },
  addReaction: { call: "conn.addReaction({ messageId: 'message-id', reaction: 'like' })" },
  deleteReaction: { call: "conn.deleteReaction({ messageId: 'message-id', reaction: 'like' })" },
  reportMessage: { call: "conn.reportMessage({ reportType: 'spam', reportReason: 'Advertising', messageId: 'message-id' })" },
  translateMessage: { call: "conn.translateMessage({ text: 'Hello', languages: ['zh-Hans'] })" },
  publishPresence: { call: "conn.publishPresence({ description: 'In a meeting' })" },
  createChatThread: { call: "conn.createChatThread({ parentId: 'group-id', name: 'Topic', messageId: 'message-id' })" },
  getChatThreadDetail: { call: "conn.getChatThreadDetail({ chatThreadId: 'thread-id' })" },
  pinConversation: { call: "conn.pinConversation({ conversationId: 'user-id', conversationType: 'singleChat', isPinned: true })" },
  downloadAndParseCombineMessage: { call: "conn.downloadAndParseCombineMessage({ url: 'file-url', secret: 'file-secret' })" },
  getLocalConversations: { call: 'conn.localCache.getLocalConversations()', miniCore: true },
} as const satisfies Record<SnippetApi, SnippetCall>;
