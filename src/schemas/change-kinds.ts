/**
 * The kinds of change between two SDK versions, in the order pages show them: the versions.json schema
 * validates them and src/sdk/version-diff.ts computes them. Plain data, without Zod, because the upgrade
 * page's browser module imports it: Zod's eval probe would trip the Content-Security-Policy.
 */
export const changeKinds = ['new', 'removed', 'renumbered', 'renamed', 'nowRaised', 'noLongerRaised', 'messageChanged', 'typingChanged'] as const;
export type ChangeKind = (typeof changeKinds)[number];
