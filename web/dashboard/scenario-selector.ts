import { h } from './dom.js';
import { IcsScenariosDocument } from './generated/graphql.js';
import { graphqlRequest } from './graphql-request.js';

/**
 * Chooses what the ICS's figures show: the baseline, or one of its OPEN scenarios (the gaps computed as if the
 * scenario's changes were applied). `data-scenario` holds the scenario shown ('' for the baseline).
 */
export function scenarioSelector(code: string, scenario: string | null, signal: AbortSignal, onChange: (scenario: string | null) => void): HTMLElement {
  const select = h('select', { id: 'control-scenario', name: 'scenario', 'data-scenario': scenario ?? '', disabled: true },
    h('option', { value: '', selected: scenario === null }, 'Baseline (no scenario)'));
  const status = h('span', { class: 'scenario-status', role: 'status' }, scenario ? `Gaps computed with scenario ${scenario}.` : '');
  select.addEventListener('change', () => onChange(select.value || null));
  void graphqlRequest(IcsScenariosDocument, { code }, signal)
    .then(({ scenarios }) => {
      const open = scenarios.filter((entry) => entry.status === 'OPEN' || entry.id === scenario);
      select.append(...open.map((entry) => h('option', { value: entry.id, selected: entry.id === scenario }, `${entry.name} (${entry.status.toLowerCase()})`)));
      select.disabled = open.length === 0;
      const shown = open.find((entry) => entry.id === scenario);
      if (shown) status.textContent = `Gaps computed as if “${shown.name}” were applied; the England view shows the baseline.`;
    })
    .catch((error: Error) => {
      if (!signal.aborted) status.textContent = `Scenarios could not be loaded: ${error.message}`;
    });
  return h('div', { class: 'control scenario-control' }, h('label', { for: 'control-scenario' }, 'Scenario'), select, status);
}
