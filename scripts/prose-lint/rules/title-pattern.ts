/**
 * textlint rule `title-pattern`: a code's title follows its language's pattern (docs/style.md §2).
 * Checks the paragraphs that start on `titleLines` (the lint puts each title in a paragraph of its own).
 */
import type { TxtParagraphNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

export interface TitlePatternOptions {
  locale?: 'zh-cn' | 'en';
  titleLines?: number[];
}

/** Characters of a Chinese title; a Latin word, number or code span counts as one. */
export const ZH_TITLE_MAX = 14;
export const EN_TITLE_MAX = 50;

const zhLength = (title: string) =>
  title.replace(/`[^`]*`|[A-Za-z0-9][\w.-]*/g, '字').replace(/\s+/g, '').length;

/** Each check: a pattern that breaks the rule, and what to write instead. */
const ZH_CHECKS: [RegExp, string][] = [
  [/[，。；：！？、,.;:!?]/, 'a title is one phrase: no punctuation inside or at the end'],
  [/没查到|查不到|找不到|未找到|没有找到|没找到|查无/, 'an absence is written "X 不存在"'],
  [/出错|失败了|不成功/, 'a failure is written "X 失败"'],
  [/^(如果|请(?!求)|由于|因为)/, 'a title names the condition; it is not a sentence'],
  [/^当前用户/, 'the subject is 用户 (用户被禁言), not 当前用户'],
];

const EN_CHECKS: [RegExp, string][] = [
  [/^(Failed to|Unable to|Cannot|Can't|Could not|Couldn't)\b/i, 'a failure is written "X failed" (e.g. "Login failed"), not "Failed to X"'],
  [/\b(does not|doesn't|do not|don't) exist\b/i, 'an absence is written "X not found"'],
  [/[.,;:!?]$/, 'a title has no final punctuation'],
  [/^[a-z]/, 'a title starts with a capital letter (sentence case)'],
  [/^(?!(?:Missing|Pending|Incoming|Outgoing|Existing|Remaining|String|Thing)\b)[A-Z][a-z]+ing\b/, 'a title names the condition with a noun, not a gerund: "File upload failed", not "Uploading the file failed"'],
  [/\b[Ss]ending failed\b/, 'a message that was not sent is "Message not sent …", not "Message sending failed"'],
  [/\berror$/i, 'name the condition with a pattern of the table ("X failed", "Invalid X"), not a bare "X error"'],
  [/^Permission denied\b/, 'a permission is written "No permission to X" or "No permission for X"'],
  [/^Current user\b/, 'the subject is "User" ("User muted"), not "Current user"'],
];

const rule: TextlintRuleModule<TitlePatternOptions> = (context, options) => {
  const { Syntax, RuleError, report, getSource } = context;
  const locale = options?.locale ?? 'zh-cn';
  const titleLines = new Set(options?.titleLines ?? []);
  return {
    [Syntax.Paragraph](node: TxtParagraphNode) {
      if (!titleLines.has(node.loc.start.line)) return;
      const title = getSource(node).trim();
      for (const [pattern, message] of locale === 'zh-cn' ? ZH_CHECKS : EN_CHECKS) {
        if (pattern.test(title)) report(node, new RuleError(`title "${title}": ${message}`));
      }
      if (locale === 'zh-cn' && zhLength(title) > ZH_TITLE_MAX) {
        report(node, new RuleError(`title "${title}" is ${zhLength(title)} characters long; at most ${ZH_TITLE_MAX} (a Latin word counts as one)`));
      }
      if (locale === 'en' && title.length > EN_TITLE_MAX) {
        report(node, new RuleError(`title "${title}" is ${title.length} characters long; at most ${EN_TITLE_MAX}`));
      }
    },
  };
};

export default rule;
