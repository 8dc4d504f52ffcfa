/**
 * The production security policy (SPEC §7), in one place:
 * - the Content-Security-Policy: only this origin, for scripts, styles, fetches and workers;
 * - the headers a server sends with every response (`SECURITY_HEADERS`): the same policy plus
 *   `frame-ancestors 'none'` (no other site may frame the app; a `<meta>` policy cannot say
 *   that), no MIME sniffing, and no referrer sent off this origin.
 * The built `index.html` carries the policy as a `<meta>` too, for hosts that send no headers;
 * `vite preview` sends the headers, and the build writes them as `_headers` (the format of
 * Netlify and Cloudflare Pages; the README shows nginx). The dev server sends none: its
 * hot-reload preamble is an inline script that this policy would block.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The headers every response of the built app should carry. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** `_headers` for static hosts that read it: every path gets the security headers. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
