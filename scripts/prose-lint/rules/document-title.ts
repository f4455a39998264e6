/**
 * textlint rule `document-title`: a pointer to another document marks its title (docs/style.md §3):
 * 详见《获取即时通讯项目信息》 or a link; "see *Get Agora Chat project information*" or a link. A bare
 * title after 详见 / "see" reads as part of the sentence.
 */
import type { TxtStrNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

export interface DocumentTitleOptions {
  locale?: 'zh-cn' | 'en';
}

/** 详见 followed, in the same text node, by something that is neither a marked title nor a place on this page. */
const ZH_POINTER = /(详见|参见|请参阅|参阅)(?![《“]|下文|上文|下方|上方|本页|错误码|\s*\d)(?=\S)/g;
/** "see" followed by a capitalised title (optionally "the description in …"); not a code, number or Agora Console. */
const EN_POINTER = /\b[Ss]ee (?:the \w+ (?:in|of) )?(?!Agora Console\b)(?=[A-Z][a-z])/g;

const rule: TextlintRuleModule<DocumentTitleOptions> = (context, options) => {
  const { Syntax, RuleError, report, locator, getSource } = context;
  const pointer = options?.locale === 'en' ? EN_POINTER : ZH_POINTER;
  const advice = options?.locale === 'en' ? 'write the title in italics (*Title*) or link it' : 'write it as 《title》 or link it';
  return {
    [Syntax.Str](node: TxtStrNode) {
      for (const match of getSource(node).matchAll(pointer)) {
        report(node, new RuleError(`a document title after "${match[0].trim()}" is not marked: ${advice}`, { padding: locator.range([match.index, match.index + match[0].length]) }));
      }
    },
  };
};

export default rule;
