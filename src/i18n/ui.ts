import type { Locale } from './locales';

/** Interface strings. Content (titles, causes, fixes) lives in content/, not here. */
const strings = {
  'zh-cn': {
    siteTitle: '声网即时通讯 Web SDK 错误码',
    siteShortTitle: 'Agora Chat Web 错误码',
    siteDescription: '声网即时通讯（Agora Chat）Web SDK 全部错误码：含义、可能原因、处理方法与可直接使用的 TypeScript 代码。',
    skipToContent: '跳到正文',
    search: '搜索',
    searchPlaceholder: '搜索错误码、常量名或描述',
    searchNoJs: '全文搜索需要 JavaScript。也可以打开错误码表，用浏览器的页内查找（Ctrl+F）定位。',
    searchTitle: '搜索',
    searchDescription: '按错误码、常量名或中文描述搜索声网即时通讯 Web SDK 的错误码。',
    searchTips: '可以输入错误码（206）、常量名或其中的单词（LOGIN_ANOTHER、login another），或中文关键词（禁言、子区、敏感词）。给词语加上引号（"禁言"）只匹配完整的词。',
    home: '错误码表',
    indexTableIntro: '点击错误码查看详情、处理方法和代码示例。',
    tableCaption: '全部错误码',
    colCode: '错误码',
    colName: '常量名',
    colTitle: '说明',
    colCategory: '分类',
    codeLabel: '错误码',
    constantLabel: '常量名',
    aliasLabel: '别名',
    categoryLabel: '分类',
    causeHeading: '原因',
    fixHeading: '处理方法',
    fixFallback: '官方文档未给出此错误码的处理方法。如无法自行排查，声网建议联系技术支持。',
    snippetHeading: '在代码中判断',
    snippetIntro: '下面的 TypeScript 代码在 tsc --strict 下可通过类型检查，并已与 SDK 运行时的枚举值核对。',
    snippetCastTyped: '类型声明把 AC.statusCode 写成了单个枚举值，运行时它是完整的枚举对象，所以先转换类型。',
    snippetCastUntyped: (name: string) => `AgoraChat.Code 的类型声明缺少 ${name}（运行时存在），所以按名字读取运行时的枚举对象。`,
    snippetOnError: '连接层面的错误（登录、断线、被踢下线等）经 onError 回调报告：',
    snippetPromise: '返回 Promise 的 API 失败时，以同样的错误对象（带 type 和 message）被拒绝：',
    snippetBranch: (code: number, title: string) => `${code}：${title}`,
    sameCategoryHeading: '同类错误码',
    officialHeading: '官方错误码表原文',
    officialNameMismatch: (printed: string, owner: number | undefined, actual: string) =>
      `官方错误码表把此错误码的常量名印为 ${printed}${owner === undefined ? '' : `（这是错误码 ${owner} 的常量名）`}；SDK 中此错误码的常量名是 ${actual}。`,
    officialNameConsequence: (printed: string, owner: number) =>
      `按表中的名字写 statusCode.${printed}，运行时得到的是 ${owner}，永远匹配不到此错误码。`,
    correctionNote: (original: string, corrected: string) => `原文「${original}」为笔误，本页写作「${corrected}」。`,
    hiddenAlias: 'SDK 中标记为 @hidden，类型声明里不可见',
    previous: '上一个',
    next: '下一个',
    backToTable: '在错误码表中查看',
    notFoundTitle: '页面不存在',
    notFoundBody: '没有找到这个地址对应的页面。可以在错误码表中浏览全部错误码，或用上方的搜索。',
    footer: '内容依据声网官方错误码表整理，并与 agora-chat SDK 核对。',
  },
} satisfies Record<Locale, Record<string, string | ((...args: never[]) => string)>>;

export type UiStrings = (typeof strings)['zh-cn'];

export function ui(locale: Locale): UiStrings {
  return strings[locale];
}
