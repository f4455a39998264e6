/**
 * textlint rule `quoted-code`: a message returned by the SDK or the server, or any other value the
 * reader could see in code, is a code span, not text in straight single quotes (docs/style.md §3):
 * write `moderation`, not 'moderation'. Apostrophes (the server's, users') are not quotes.
 */
import type { TxtStrNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

const SINGLE_QUOTED = /(?<![\p{L}\p{N}'])'([^'\n]+)'(?![\p{L}\p{N}])/gu;

const rule: TextlintRuleModule = (context) => {
  const { Syntax, RuleError, report, locator, getSource } = context;
  return {
    [Syntax.Str](node: TxtStrNode) {
      for (const match of getSource(node).matchAll(SINGLE_QUOTED)) {
        report(node, new RuleError(`${match[0]} in quotes: write a message or value as a code span, \`${match[1]}\``, { padding: locator.range([match.index, match.index + match[0].length]) }));
      }
    },
  };
};

export default rule;
