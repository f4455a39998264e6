/**
 * Small wording rules that are one pattern each, per locale, read in the text nodes of our prose
 * (code spans, code blocks and link targets are not prose):
 * - `time-unit`: a time in English prose spells its unit, "15 seconds", not "15 s" (docs/style.md §4).
 * - `version-range`: a range of SDK versions has one form per language, "1.0.8 to 1.3.1",
 *   "1.3.1 and later", "1.3.0 and earlier" / 1.0.8 至 1.3.1、1.3.1 及以后、1.3.0 及以前 (§4).
 * - `straight-quote`: prose quotes with “curly” quotation marks in both languages, not "straight" ones (§5).
 */
import type { TxtStrNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

export interface WordingOptions {
  locale?: 'zh-cn' | 'en';
}

/** One check: what breaks the rule in a locale, and what to write instead (`$&` is the match). */
export interface WordingCheck {
  locale: 'zh-cn' | 'en';
  pattern: RegExp;
  advice: string;
}

const VERSION = String.raw`\d+\.\d+\.\d+(?:-\d+)?`;

export const TIME_UNIT_CHECKS: WordingCheck[] = [
  { locale: 'en', pattern: /(?<![\d.])\b\d+(?:\.\d+)? ?(?:s|ms|sec|secs|min|mins|h)\b(?!\.\w|-)/g, advice: 'spell the unit of a time in words: "15 seconds", "15000 milliseconds"' },
  { locale: 'zh-cn', pattern: /(?<![\d.])\d+(?:\.\d+)? ?(?:s|ms|sec|min)(?![\w.-])/g, advice: 'write the unit of a time in Chinese: 15 秒, 15000 毫秒' },
];

export const VERSION_RANGE_CHECKS: WordingCheck[] = [
  { locale: 'en', pattern: /\bor (?:later|newer|above|higher|up)\b|\band (?:newer|above|higher|up)\b|\bonwards?\b/g, advice: 'an open end is written "1.3.1 and later"' },
  { locale: 'en', pattern: /\b(?:or earlier|or older|and (?:older|below|lower))\b/g, advice: 'an open start is written "1.3.0 and earlier"' },
  { locale: 'en', pattern: new RegExp(String.raw`\b(?:exists? from|(?:from|since|starting with) (?:agora-chat )?${VERSION})`, 'g'), advice: 'a first version is written "in agora-chat 1.4.0 and later"' },
  { locale: 'en', pattern: new RegExp(String.raw`${VERSION} ?[–—-] ?${VERSION}|\bbetween ${VERSION} and ${VERSION}`, 'g'), advice: 'a range of versions is written "1.0.8 to 1.3.1"' },
  { locale: 'zh-cn', pattern: new RegExp(String.raw`${VERSION} ?(?:起|开始|之后|以后|以上|及以上|版本以后|或更高|或以上)|从 ?(?:agora-chat )?${VERSION}`, 'g'), advice: 'an open end is written “1.3.1 及以后”' },
  { locale: 'zh-cn', pattern: new RegExp(String.raw`${VERSION} ?(?:以下|及以下|或更早)`, 'g'), advice: 'an open start is written “1.3.0 及以前”' },
  { locale: 'zh-cn', pattern: new RegExp(String.raw`${VERSION} ?(?:[–—~～-]|到) ?${VERSION}`, 'g'), advice: 'a range of versions is written “1.0.8 至 1.3.1”' },
];

export const STRAIGHT_QUOTE_CHECKS: WordingCheck[] = [
  { locale: 'en', pattern: /"/g, advice: 'quote with curly quotation marks, “like this”; straight quotes belong in code' },
  { locale: 'zh-cn', pattern: /"/g, advice: 'quote with “” (and ‘’ inside them); straight quotes belong in code' },
];

/** A textlint rule that reports every match of its checks for the locale of the text. */
export function wordingRule(checks: readonly WordingCheck[], mask?: RegExp): TextlintRuleModule<WordingOptions> {
  return (context, options) => {
    const { Syntax, RuleError, report, locator, getSource } = context;
    const locale = options?.locale ?? 'zh-cn';
    const mine = checks.filter((check) => check.locale === locale);
    return {
      [Syntax.Str](node: TxtStrNode) {
        // Text the rule must not read, blanked with the same length so that positions hold.
        const text = mask ? getSource(node).replace(mask, (found) => ' '.repeat(found.length)) : getSource(node);
        for (const check of mine) {
          for (const match of text.matchAll(check.pattern)) {
            report(node, new RuleError(`"${match[0]}": ${check.advice}`, { padding: locator.range([match.index, match.index + match[0].length]) }));
          }
        }
      },
    };
  };
}

export const timeUnitRule = wordingRule(TIME_UNIT_CHECKS);
export const versionRangeRule = wordingRule(VERSION_RANGE_CHECKS);
/**
 * What the reader types is not a quotation: an error object written out ({"type":206,…}) and a search
 * in quotes given as an example, ("rate limit"), in the interface strings that cannot hold code spans.
 */
export const TYPED_TEXT = /\{[^{}\n]*\}|\("[^"\n]*"\)|（"[^"\n]*"）/g;
export const straightQuoteRule = wordingRule(STRAIGHT_QUOTE_CHECKS, TYPED_TEXT);
