/**
 * Whether a request's If-None-Match holds `etag`: a list of entity tags, or `*`. GET compares them weakly
 * (RFC 9110 §13.1.2), so `W/"x"` and `"x"` match.
 */
export function ifNoneMatchHolds(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  const header = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch;
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
