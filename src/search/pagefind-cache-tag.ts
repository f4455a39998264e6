/**
 * The build's tag for pagefind's unhashed files. The search page asks for `pagefind.js?ts=<tag>`, and the
 * patched pagefind.js (scripts/pagefind-patches.ts), given the tag through `metaCacheTag`, fetches its
 * WebAssembly as `wasm.<lang>.pagefind?ts=<tag>`: the very URLs the page preloads, which nginx lets
 * browsers keep. One value per build (this module is evaluated once), so a new deployment never reuses an
 * old file.
 */
export const pagefindCacheTag = Date.now().toString(36);
