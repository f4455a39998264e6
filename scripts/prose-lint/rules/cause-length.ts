/**
 * textlint rule `cause-length`: a code's cause says what happened in one or two sentences
 * (docs/style.md §2): at most 2 sentences and at most 90 characters in Chinese, 240 in English,
 * counted as the reader sees them (a code span's text counts, its backticks do not). How the error
 * is delivered, what the SDK does next and in which versions belong in the page's body.
 * Checks the paragraphs that start on `causeLines` (the lint puts each cause in a paragraph of its own).
 */
import type { TxtParagraphNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

export interface CauseLengthOptions {
  locale?: 'zh-cn' | 'en';
  causeLines?: number[];
}

export const CAUSE_MAX_CHARACTERS = { 'zh-cn': 90, en: 240 } as const;
export const CAUSE_MAX_SENTENCES = 2;

/** The text as read: code spans without their backticks, no emphasis marks. */
export const readText = (markdown: string): string => markdown.replace(/`([^`]*)`/g, '$1').replace(/[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}/g, '').trim();

/** Sentences of a cause: Chinese ends them with 。！？, English with . ! ? before a space or the end. */
export function sentenceCount(markdown: string, locale: 'zh-cn' | 'en'): number {
  // Code spans are one word each: their dots and question marks end nothing.
  const text = markdown.replace(/`[^`]*`/g, 'x').trim();
  const ends = locale === 'zh-cn' ? text.match(/[。！？]+/g) : text.match(/(?<!\b(?:e\.g|i\.e|etc|vs))[.!?]+(?=\s|$)/g);
  return Math.max(1, ends?.length ?? 0);
}

const rule: TextlintRuleModule<CauseLengthOptions> = (context, options) => {
  const { Syntax, RuleError, report, getSource } = context;
  const locale = options?.locale ?? 'zh-cn';
  const causeLines = new Set(options?.causeLines ?? []);
  return {
    [Syntax.Paragraph](node: TxtParagraphNode) {
      if (!causeLines.has(node.loc.start.line)) return;
      const source = getSource(node);
      const characters = [...readText(source)].length;
      const sentences = sentenceCount(source, locale);
      const max = CAUSE_MAX_CHARACTERS[locale];
      if (characters > max) {
        report(node, new RuleError(`the cause is ${characters} characters long; at most ${max}: say what happened, and move how it is delivered (channel, message, data, versions) into the body`));
      }
      if (sentences > CAUSE_MAX_SENTENCES) {
        report(node, new RuleError(`the cause has ${sentences} sentences; at most ${CAUSE_MAX_SENTENCES}`));
      }
    },
  };
};

export default rule;
