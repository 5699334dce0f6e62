/**
 * One Content-Security-Policy for the desktop window and the browser console:
 * only the app's own scripts and styles, no inline script, no remote content.
 * `connect-src 'self'` is what lets the browser console reach its own host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
