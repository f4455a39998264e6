/**
 * The words of a constant name, written as a phrase: "group does not exist", "exist group not",
 * "the user does not exist", "群组不存在" all mean GROUP_NOT_EXIST or USER_NOT_FOUND. A query whose
 * meaningful words are exactly the words of one name (in any order, with ordinary inflection:
 * exist / exists / existed / does not exist / not found) names that code. Pure: no DOM, no I/O.
 */

/** One code as this matcher knows it: its SDK constant and aliases (not the official table's names). */
export interface NameWordsEntry {
  code: number;
  names: readonly string[];
}

// Words that carry no meaning in a phrase or in a name (WEBIM_, CONNCTION_, IS_ are prefixes and glue).
const FILLER = new Set(
  'a an the this that is are was were be been being am do does did has have had of in on at to for by with my your our its it please error webim connction connection'.split(
    ' ',
  ),
);

/** Inflections and synonyms that name the same thing: "does not exist" and "not found" both end in exist. */
const CANONICAL: Record<string, string> = {
  exists: 'exist',
  existed: 'exist',
  existing: 'exist',
  found: 'exist',
  find: 'exist',
  no: 'not',
  "doesn't": 'not',
  "isn't": 'not',
  "don't": 'not',
  cannot: 'not',
  groups: 'group',
  members: 'member',
  users: 'user',
  messages: 'message',
  threads: 'thread',
  conversations: 'conversation',
  chatrooms: 'chatroom',
  joined: 'join',
  joins: 'join',
  disabled: 'disable',
  added: 'add',
  limits: 'limit',
  limited: 'limit',
  permissions: 'permission',
  reactions: 'reaction',
};

/** Chinese words for the words of names, longest first when matched. */
const CHINESE: readonly (readonly [string, readonly string[]])[] = [
  ['不存在', ['not', 'exist']],
  ['找不到', ['not', 'exist']],
  ['未找到', ['not', 'exist']],
  ['没有找到', ['not', 'exist']],
  ['已存在', ['already', 'exist']],
  ['聊天室', ['chatroom']],
  ['群组', ['group']],
  ['群聊', ['group']],
  ['群', ['group']],
  ['用户', ['user']],
  ['子区', ['thread']],
  ['会话', ['conversation']],
  ['消息', ['message']],
  ['成员', ['member']],
  ['已满', ['full']],
  ['已加入', ['already', 'join']],
  ['未加入', ['not', 'join']],
  ['不在', ['not', 'join']],
  ['被禁用', ['disable']],
  ['已禁用', ['disable']],
];
// Characters a Chinese phrase may hold besides those words: particles and pointers (此群不存在, 该用户不存在).
const CHINESE_FILLER = /[的了该此这那个已经中内里！!。？?，,、\s]/gu;

const canonical = (word: string) => CANONICAL[word] ?? word;

/** The canonical words of one constant name, in a set. */
export function nameWordSet(name: string): Set<string> {
  const words = name
    .toLowerCase()
    .split('_')
    .filter((word) => word !== '' && !FILLER.has(word))
    .map(canonical);
  return new Set(words);
}

/** The canonical words of a phrase; undefined when it holds something no name word covers (Chinese). */
export function phraseWordSet(phrase: string): Set<string> | undefined {
  let text = phrase.slice(0, 200).toLowerCase();
  // "chat room" is one word in names (CHATROOM_NOT_EXIST).
  text = text.replace(/\bchat\s+rooms?\b/g, 'chatroom');
  const words: string[] = [];
  if (/\p{Script=Han}/u.test(text)) {
    for (const [term, meaning] of CHINESE) {
      if (text.includes(term)) {
        words.push(...meaning);
        text = text.replaceAll(term, ' ');
      }
    }
    if (/\p{Script=Han}/u.test(text.replace(CHINESE_FILLER, ''))) return undefined;
  }
  for (const raw of text.match(/[a-z][a-z'’]*/g) ?? []) {
    const word = canonical(raw.replace(/’/g, "'"));
    if (word.endsWith("n't")) words.push('not');
    else if (!FILLER.has(word)) words.push(word);
  }
  return new Set(words);
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((word) => b.has(word));

/** The codes one of whose names has exactly the phrase's words (at least two of them), ascending. */
export function codesOfNameWords(phrase: string, entries: readonly NameWordsEntry[]): number[] {
  const words = phraseWordSet(phrase);
  if (!words || words.size < 2) return [];
  const codes = entries.filter((entry) => entry.names.some((name) => sameSet(nameWordSet(name), words))).map((entry) => entry.code);
  return [...new Set(codes)].sort((a, b) => a - b);
}
