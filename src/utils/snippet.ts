/**
 * The TypeScript snippet shown on each code page. Every snippet is compiled with `tsc --strict`
 * against agora-chat's typings and checked against the SDK's runtime enum by the test suite.
 */
export interface SnippetInput {
  code: number;
  name: string;
  title: string;
  /** False where AgoraChat.Code (the enum the typings expose) lacks the constant, though the runtime has it. */
  typeDeclared: boolean;
}

export interface SnippetComments {
  /** Why the cast: the typings declare statusCode as one enum value. */
  castTyped: string;
  /** Why the Record cast: the typed enum lacks this constant. */
  castUntyped: (name: string) => string;
  onError: string;
  promise: string;
  /** The comment inside the if, naming the code. */
  branch: (code: number, title: string) => string;
}

export function errorCheckSnippet(input: SnippetInput, comments: SnippetComments): string {
  const statusCodeType = input.typeDeclared ? 'typeof AgoraChat.Code' : 'Record<string, number>';
  const castComment = input.typeDeclared ? comments.castTyped : comments.castUntyped(input.name);
  return `import AC from 'agora-chat';
import type { AgoraChat } from 'agora-chat';

// ${castComment}
const statusCode = AC.statusCode as unknown as ${statusCodeType};

function handleChatError(error: AgoraChat.ErrorEvent): void {
  if (error.type === statusCode.${input.name}) {
    // ${comments.branch(input.code, input.title)}
  }
}

const conn = new AC.connection({ appId: 'your-app-id' });
// ${comments.onError}
conn.addEventHandler('chat-errors', { onError: handleChatError });
// ${comments.promise}
// conn.<api>(…).catch(handleChatError);
`;
}
