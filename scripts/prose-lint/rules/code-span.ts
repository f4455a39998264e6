/**
 * textlint rule `code-span-boundary`: an inline code span is a word of its own (docs/style.md §3).
 * It never starts or ends inside a word: ``t`ext` `` (a code span glued to the letter before it) is
 * how a garbled edit looks, and Chinese puts a space between text and code.
 */
import type { TxtCodeNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

const rule: TextlintRuleModule = (context) => {
  const { Syntax, RuleError, report, locator, getSource } = context;
  const document = getSource();
  return {
    [Syntax.Code](node: TxtCodeNode) {
      const [start, end] = node.range;
      const before = document[start - 1] ?? '';
      const after = document[end] ?? '';
      const span = getSource(node);
      if (WORD_CHARACTER.test(before)) {
        report(node, new RuleError(`code span ${span} is glued to the word before it ("${before}${span}"): put a space or punctuation between them, or move the letters into the span`, { padding: locator.range([0, 1]) }));
      }
      if (WORD_CHARACTER.test(after)) {
        report(node, new RuleError(`code span ${span} is glued to the word after it ("${span}${after}"): put a space or punctuation between them, or move the letters into the span`, { padding: locator.range([span.length - 1, span.length]) }));
      }
    },
  };
};

export default rule;
