/**
 * The Content-Security-Policy of every page, as a <meta> tag (static hosts cannot all set headers).
 * No 'unsafe-inline' anywhere: every script and stylesheet is a file on this site. pagefind needs
 * 'wasm-unsafe-eval' to run its WebAssembly, fetch for its index (connect-src) and a worker; its icons
 * are data: images. frame-ancestors and report-uri cannot be set from a <meta> tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The same policy as an HTTP header, which hosts that can set headers send (src/routes/host-config.ts):
 * it adds what a <meta> tag cannot carry, frame-ancestors, so that no site can frame ours (clickjacking).
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
