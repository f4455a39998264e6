/**
 * The meaningful words of a search query, for partial matching when no page contains every word.
 * Pure: the Chinese word splitter is passed in (the browser's Intl.Segmenter), so tests can run it
 * with and without one.
 *
 * Punctuation (ASCII and full-width), symbols and spaces separate words; so does a change of script
 * ("token过期" is "token" and "过期"). Chinese runs are split into words, particles and other stop
 * words are dropped, and single characters left next to each other are joined again: Chromium's
 * splitter does not know chat words such as 掉线 or 禁言 and returns them as 掉|线, 禁|言.
 */

/** Splits a run of Chinese characters into words. */
export type WordSplitter = (text: string) => string[];

/** Longest query we split: a pasted log line can be long, a question is not. */
export const MAX_QUERY_WORDS_INPUT = 300;
/** At most this many words are searched one by one. */
export const MAX_QUERY_WORDS = 12;

// Particles, pronouns and filler that say nothing about which error it is.
const CHINESE_STOP_WORDS = new Set([
  ...'的了已被你我他她它您是在就都也还又会要请把给对让着吗呢吧啊呀哦嘛么和与或及后时再此该这那'.split(''),
  '已经', '我们', '你们', '他们', '老是', '总是', '一直', '经常', '怎么', '怎么办', '为什么', '什么', '如何',
  '这个', '那个', '一个', '时候', '的时候', '之后', '以后', '然后', '但是', '而且', '提示', '报错', '出现',
  '问题', '一下', '可以', '不能', '无法', '请问', '突然', '有时', '有时候', '没', '没有',
]);

const ENGLISH_STOP_WORDS = new Set(
  (
    'a an the is are was were be been being am i you he she it we they me my your our its this that these those ' +
    'to of in on at by for with from after before when while and or but so then than just also if how why what ' +
    'do does did has have had can could will would should please again keeps keep says say said get got getting ' +
    "there here it's i'm don't doesn't can't cannot"
  ).split(' '),
);

const SEPARATORS = /[\s\p{P}\p{S}]+/u;
const SCRIPT_RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /^\p{Script=Han}/u;

/** Splits Chinese text with the browser's dictionary, when it has one; else character by character. */
export function defaultSplitter(): WordSplitter {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    return (text) => [...segmenter.segment(text)].filter((part) => part.isWordLike !== false).map((part) => part.segment);
  }
  return (text) => [...text];
}

/** The Chinese words of one run of Han characters, stop words dropped, loose characters joined. */
function chineseWords(run: string, split: WordSplitter): string[] {
  const words: string[] = [];
  let loose = '';
  const flush = () => {
    if (loose) words.push(loose);
    loose = '';
  };
  for (const part of split(run)) {
    if (CHINESE_STOP_WORDS.has(part)) flush();
    else if ([...part].length === 1) loose += part;
    else {
      flush();
      words.push(part);
    }
  }
  flush();
  return words;
}

function otherWord(run: string): string[] {
  const word = run.toLowerCase();
  if (ENGLISH_STOP_WORDS.has(word)) return [];
  if (word.length < 2 && !/\d/.test(word)) return [];
  return [word];
}

/** The query's meaningful words, in order, each once. */
export function queryWords(query: string, split: WordSplitter = defaultSplitter()): string[] {
  const words = query
    .slice(0, MAX_QUERY_WORDS_INPUT)
    .split(SEPARATORS)
    .flatMap((chunk) => chunk.match(SCRIPT_RUNS) ?? [])
    .flatMap((run) => (HAN.test(run) ? chineseWords(run, split) : otherWord(run)));
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}
