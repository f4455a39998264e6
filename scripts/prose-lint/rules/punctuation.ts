/**
 * textlint rule `punctuation`: the punctuation of each language (docs/style.md §5).
 * - Chinese: a half-width , : ; ( ) ! ? next to Chinese text (a Chinese sentence) must be full-width;
 *   corner quotes 「」『』 are written “” ‘’.
 * - English: no full-width Chinese punctuation, except next to Chinese text being quoted.
 * Only text nodes are read: code spans, code blocks and link targets are not prose.
 *
 * Why not a published rule: @lint-md has none for half-width punctuation; textlint's Chinese bracket
 * rule covers brackets only; zhlint (a formatter) does it, but took about ten times as long over our
 * prose as this whole lint and flagged English sentences quoted inside Chinese text.
 */
import type { TxtStrNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

/** Han characters and the full-width forms and CJK punctuation that belong to a Chinese sentence. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60“”‘’]/u;
const HALF_WIDTH = /[,:;()!?]/g;
const FULL_WIDTH_OF: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const CORNER_QUOTES = /[「」『』]/g;
const CHINESE_PUNCTUATION = /[，。；：！？（）、《》【】]/g;

export interface PunctuationOptions {
  locale?: 'zh-cn' | 'en';
}

/** The nearest non-blank character before `index` (direction -1) or after it (+1) on its line. */
function neighbour(source: string, index: number, direction: -1 | 1): string {
  for (let at = index + direction; at >= 0 && at < source.length; at += direction) {
    const char = source[at] ?? '';
    if (char === '\n') return '';
    if (!/\s/.test(char)) return char;
  }
  return '';
}

const rule: TextlintRuleModule<PunctuationOptions> = (context, options) => {
  const { Syntax, RuleError, report, locator, getSource } = context;
  const locale = options?.locale ?? 'zh-cn';
  const document = getSource();
  return {
    [Syntax.Str](node: TxtStrNode) {
      const text = getSource(node);
      const start = node.range[0];
      const besideChinese = (index: number) =>
        CJK.test(neighbour(document, start + index, -1)) || CJK.test(neighbour(document, start + index, 1));
      if (locale === 'zh-cn') {
        for (const match of text.matchAll(HALF_WIDTH)) {
          if (!besideChinese(match.index)) continue;
          const char = match[0];
          report(node, new RuleError(`half-width "${char}" in a Chinese sentence: write "${FULL_WIDTH_OF[char]}"`, { padding: locator.range([match.index, match.index + 1]) }));
        }
        for (const match of text.matchAll(CORNER_QUOTES)) {
          report(node, new RuleError(`corner quote "${match[0]}": write “” (and ‘’ inside them)`, { padding: locator.range([match.index, match.index + 1]) }));
        }
      } else {
        for (const match of text.matchAll(CHINESE_PUNCTUATION)) {
          if (besideChinese(match.index)) continue;
          report(node, new RuleError(`full-width "${match[0]}" in English prose: write its half-width form`, { padding: locator.range([match.index, match.index + 1]) }));
        }
      }
    },
  };
};

export default rule;
