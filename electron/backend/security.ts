/**
 * One Content-Security-Policy for the desktop window and the browser console:
 * only the app's own scripts and styles, no inline script, no remote content.
 * `connect-src 'self'` is what lets the browser console reach its own host.
 *
 * The two style hashes are the only inline styles allowed: the fixed <style>
 * blocks Radix's Select injects (hiding its list's scrollbar, and locking page
 * scroll while the list is open; the page itself never scrolls, so that block
 * never varies). Any other inline style is still refused.
 */
export const RADIX_STYLE_HASHES = ["'sha256-441zG27rExd4/il+NvIqyL8zFx5XmyNQtE381kSkUJk='", "'sha256-nzTgYzXYDNe6BAHiiI7NNlfK8n/auuOAhh2t92YvuXo='"];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${RADIX_STYLE_HASHES.join(' ')}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
