/**
 * The build's tag for pagefind's entry file. pagefind fetches `pagefind-entry.json?ts=<tag>`, by
 * default with the time of each search (a fetch no preload hint can match); with this tag, set through
 * `metaCacheTag`, the search page's preload hint and pagefind's own fetch are the same request. One
 * value per build (this module is evaluated once), so a new deployment never reuses an old entry file.
 */
export const pagefindCacheTag = Date.now().toString(36);
