/**
 * The security policy of Parley's pages. Astro writes the Content-Security-Policy
 * into each page's <meta> (with the hashes of anything inline); the same policy
 * and the headers a <meta> cannot carry are sent by `astro preview` (so by
 * `npm start`) and by the test server, as a model for any host.
 */

/** Everything from this site only; 'wasm-unsafe-eval' (in script-src) lets Pagefind run its WebAssembly. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    ...CSP_DIRECTIVES,
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
