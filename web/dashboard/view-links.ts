import { h } from './dom.js';
import { GRAPHQL_URL } from './graphql-request.js';

/** Opens the IDE (GraphiQL answers `/graphql` for browsers) with exactly the operation behind a view. */
export function ideUrl(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: query.trim(), variables: JSON.stringify(variables, null, 2) });
  return `${GRAPHQL_URL}?${params}`;
}

/** An export URL with the view's filter as query parameters; empty values are left out. */
export function exportUrl(file: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(name, String(value));
  }
  const query = search.toString();
  return `/export/${file}${query ? `?${query}` : ''}`;
}

export interface ViewLink {
  label: string;
  href: string;
  kind: 'ide' | 'csv';
}

/** The "open in the IDE" and "download CSV" links of one view. */
export function viewLinks(view: string, links: ViewLink[]): HTMLElement {
  return h(
    'p',
    { class: 'view-links' },
    ...links.map((link) =>
      h(
        'a',
        {
          href: link.href,
          class: `view-link view-link-${link.kind}`,
          'data-link': link.kind,
          download: link.kind === 'csv' ? true : null,
          target: link.kind === 'ide' ? '_blank' : null,
          rel: link.kind === 'ide' ? 'noopener' : null,
          'aria-label': `${link.label}: ${view}`,
        },
        link.label,
      ),
    ),
  );
}
