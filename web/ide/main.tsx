import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './monaco-environment.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { EXAMPLE_TABS, type TabDefinition } from './example-operations.js';
import { graphqlFetcher } from './fetcher.js';

// Stable across renders: GraphiQL resets the visible plugin whenever the plugin list changes.
const PLUGINS = [explorerPlugin()];
const DOCS_PLUGIN_TITLE = 'Documentation Explorer';

/** `/graphql?query=…&variables=…` (links from the dashboard) opens that operation first, before the examples. */
function tabsFromLocation(search: string): { tabs: TabDefinition[]; query?: string; variables?: string } {
  const params = new URLSearchParams(search);
  const query = params.get('query') ?? undefined;
  const variables = params.get('variables') ?? undefined;
  if (!query) return { tabs: EXAMPLE_TABS };
  return { tabs: [{ query, variables }, ...EXAMPLE_TABS], query, variables };
}

const { tabs, query, variables } = tabsFromLocation(window.location.search);

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={graphqlFetcher('/graphql')}
      defaultTabs={tabs}
      initialQuery={query}
      initialVariables={variables}
      plugins={PLUGINS}
      visiblePlugin={DOCS_PLUGIN_TITLE}
      isHeadersEditorEnabled
      defaultEditorToolsVisibility={variables ? 'variables' : true}
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
