/**
 * textlint rule `serial-comma`: an English list of three or more items has a comma before its
 * "and" / "or" (docs/style.md §5): "400, 404, and 500", "`message`, `data`, and `extraInfo`".
 * Checked where a list is unambiguous: items that are all code spans or numbers. A list of words
 * could be a clause ("If it fails, retry and …"), so those are left to the writer.
 */
import type { TxtParagraphNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

const ITEM = String.raw`(?:\`[^\`\n]+\`|-?\d+(?:\.\d+)*(?:-\d+)?)`;
/** Two or more items joined by commas, then "and"/"or" and one more item, with no comma before the conjunction. */
export const LIST_WITHOUT_SERIAL_COMMA = new RegExp(String.raw`(?<![\w\`.-])${ITEM}(?:, ${ITEM})+ (and|or) ${ITEM}(?![\w\`])`, 'g');

const rule: TextlintRuleModule = (context) => {
  const { Syntax, RuleError, report, locator, getSource } = context;
  return {
    [Syntax.Paragraph](node: TxtParagraphNode) {
      for (const match of getSource(node).matchAll(LIST_WITHOUT_SERIAL_COMMA)) {
        const conjunction = match[1] ?? 'and';
        const fixed = match[0].replace(new RegExp(` ${conjunction} (?=\\S+$)`), `, ${conjunction} `);
        report(node, new RuleError(`list "${match[0]}" has no comma before "${conjunction}": write "${fixed}" (serial comma)`, { padding: locator.range([match.index, match.index + match[0].length]) }));
      }
    },
  };
};

export default rule;
