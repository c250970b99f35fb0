/**
 * What the pages may load: only this server. The browser itself then refuses anything from outside, so
 * the IDE and the dashboard work with no internet and leak nothing to third parties. Styles allow
 * 'unsafe-inline' on the IDE only: monaco sets element styles in markup.
 */
const COMMON = ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"];

export const IDE_POLICY = [...COMMON, "style-src 'self' 'unsafe-inline'", "font-src 'self' data:", "img-src 'self' data: blob:", "worker-src 'self'", "frame-ancestors 'self'"].join('; ');

export const DASHBOARD_POLICY = [...COMMON, "style-src 'self'", "img-src 'self' data:", "frame-ancestors 'self'"].join('; ');
