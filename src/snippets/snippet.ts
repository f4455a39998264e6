/**
 * The TypeScript snippet on each code page: it catches the code where agora-chat actually delivers
 * it. The test suite compiles every snippet with `tsc --strict` against the SDK's typings and checks
 * its constant against the SDK's runtime enum.
 */
import type { RegistryEntry } from '../schemas/registry';
import { snippetCalls } from './snippet-calls';

export type SnippetInput = Pick<RegistryEntry, 'code' | 'name' | 'typeDeclared' | 'delivery'> & {
  title: string;
  /** Set where the pinned SDK gives the name another number or none (55): the snippet compares the number. */
  formerNumber?: string | undefined;
};

/** Comments inside snippets, in the page's language. */
export interface SnippetComments {
  castTyped: string;
  castUntyped: (name: string) => string;
  miniCoreLiteral: string;
  legacyListen: string;
  downloadThis: string;
  /** Why the fail callback declares a parameter the typings omit. */
  failParameter: string;
  branch: (code: number, title: string) => string;
}

const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');

function check(subject: string, constant: string, comment: string): string {
  return `if (${subject}.type === ${constant}) {\n  // ${comment}\n}`;
}

function body(input: SnippetInput, constant: string, comments: SnippetComments): string {
  const branch = comments.branch(input.code, input.title);
  const { via, api } = input.delivery;
  switch (via) {
    case 'promise':
    case 'resolve': {
      const call = snippetCalls[api ?? 'getGroupInfo'];
      const setup = 'setup' in call ? `${call.setup}\n` : '';
      const handler =
        via === 'promise'
          ? `.catch((error: AgoraChat.ErrorEvent) => {\n${indent(check('error', constant, branch), 2)}\n});`
          : `.then((result) => {\n${indent(check('result', constant, branch), 2)}\n});`;
      return `${setup}${call.call}${handler}`;
    }
    case 'onError':
    case 'onDisconnected': {
      const subject = via === 'onDisconnected' ? 'error?' : 'error';
      return `conn.addEventHandler('chat-errors', {\n  ${via}: (error) => {\n${indent(check(subject, constant, branch), 4)}\n  },\n});`;
    }
    case 'listen':
      return `// ${comments.legacyListen}\nconn.listen({\n  onError: (error) => {\n${indent(check('error', constant, branch), 4)}\n  },\n});`;
    case 'onFileDownloadError':
      return `// ${comments.downloadThis}\nAC.utils.download.call(conn, {\n  url: 'file-url',\n  secret: 'file-secret',\n  onFileDownloadComplete: (blob) => console.log(blob),\n  onFileDownloadError: (error) => {\n${indent(check('error', constant, branch), 4)}\n  },\n});`;
    case 'messageFail':
      return `const message = AC.message.create({ type: 'txt', chatType: 'singleChat', to: 'user-id', msg: 'Hello' }) as AgoraChat.TextMsgBody;\n// ${comments.failParameter}\nmessage.fail = (error?: AgoraChat.ErrorEvent) => {\n${indent(check('error?', constant, branch), 2)}\n};\nconn.send(message);`;
    case 'onFileUploadError':
      return `AC.utils.uploadFile({\n  file: AC.utils.getFileUrl('file-input'),\n  accessToken: conn.token,\n  appKey: conn.appKey,\n  onFileUploadError: (error) => {\n${indent(check('error', constant, branch), 4)}\n  },\n});`;
  }
}

export function errorCheckSnippet(input: SnippetInput, comments: SnippetComments): string {
  const api = input.delivery.api;
  if (input.formerNumber !== undefined && api !== undefined && 'miniCore' in snippetCalls[api]) {
    return `import MiniCore from 'agora-chat/miniCore/miniCore';
import * as localCache from 'agora-chat/localCache/localCache';
import type { AgoraChat } from 'agora-chat';

const conn = new MiniCore({ appId: 'your-app-id' });
conn.usePlugin(localCache, 'localCache');

// ${input.formerNumber}
const ${input.name}_${input.code}: number = ${input.code};

${body(input, `${input.name}_${input.code}`, comments)}
`;
  }
  if (api !== undefined && 'miniCore' in snippetCalls[api]) {
    // The miniCore build has no statusCode export: the number is checked against the typings instead.
    return `import MiniCore from 'agora-chat/miniCore/miniCore';
import * as localCache from 'agora-chat/localCache/localCache';
import type { AgoraChat } from 'agora-chat';

// ${comments.miniCoreLiteral}
const ${input.name} = ${input.code} satisfies AgoraChat.Code.${input.name};

const conn = new MiniCore({ appId: 'your-app-id' });
conn.usePlugin(localCache, 'localCache');

${body(input, input.name, comments)}
`;
  }
  const handling = body(input, `statusCode.${input.name}`, comments);
  const usesTypes = handling.includes('AgoraChat.');
  const statusCode = input.typeDeclared
    ? `// ${comments.castTyped}\nconst statusCode = AC.statusCode as unknown as typeof AgoraChat.Code;`
    : `// ${comments.castUntyped(input.name)}\nconst statusCode = AC.statusCode as unknown as { ${input.name}: number };`;
  const imports = input.typeDeclared || usesTypes ? "import AC from 'agora-chat';\nimport type { AgoraChat } from 'agora-chat';" : "import AC from 'agora-chat';";
  const connection =
    api !== undefined && 'appKey' in snippetCalls[api]
      ? "new AC.connection({ appKey: 'your-org#your-app' })"
      : "new AC.connection({ appId: 'your-app-id' })";
  return `${imports}

${statusCode}

const conn = ${connection};

${handling}
`;
}
