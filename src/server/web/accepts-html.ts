/**
 * True when an Accept header asks for an HTML page before JSON: a browser navigating to `/graphql`
 * (`text/html,…`) gets the IDE; `fetch` (`*\/*`), BI tools and GraphQL clients (`application/json`,
 * `application/graphql-response+json`) get GraphQL. HTML wins only when listed explicitly and not
 * after an equally weighted JSON type.
 */
export function acceptsHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = accept.split(',').map((part, position) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return { type: type.trim(), weight: Number.isFinite(weight) ? weight : 0, position };
  });
  const html = ranges.find((range) => range.type === 'text/html' && range.weight > 0);
  if (!html) return false;
  const json = ranges.filter((range) => range.type === 'application/json' || range.type === 'application/graphql-response+json');
  return json.every((range) => html.weight > range.weight || (html.weight === range.weight && html.position < range.position));
}
