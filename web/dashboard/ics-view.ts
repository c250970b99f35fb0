import { h } from './dom.js';
import { shortIcsName } from './format.js';
import { projectionView, trajectoryView } from './outcomes-views.js';
import { placesView } from './places-view.js';
import { scenarioSelector } from './scenario-selector.js';
import type { DashboardState, Vocabulary } from './state.js';
import { ViewFrame } from './view-frame.js';

/**
 * One ICS opened from the England heatmap: its places by stage, its cohort projection and its outcome
 * trajectories. Each part loads on its own request, in parallel, so one slow part delays no other.
 */
export function icsView(
  code: string,
  state: DashboardState,
  vocabulary: Vocabulary,
  signal: AbortSignal,
  close: () => void,
  onScenario: (scenario: string | null) => void,
): HTMLElement {
  const heading = h('h2', { id: 'ics-title', tabindex: -1 }, `ICS ${code}`);
  const back = h('button', { type: 'button', class: 'back' }, '← Back to England');
  back.addEventListener('click', close);
  const places = new ViewFrame('ics-places', 'Places by pathway stage', 'The same grading for each place: the part of a local authority inside this ICS (need × its population share).');
  const projection = new ViewFrame('ics-projection', 'Cohort projection (services)', 'People ageing out of each cohort into the next, year by year, against how much the next cohort’s provision grows. ▲ marks a year when it grows by less.');
  const trajectory = new ViewFrame('ics-trajectory', 'Outcome metrics against targets', 'Each metric at its latest return in each financial year, against the national target and the ICS’s own trajectory.');
  void places.show(async () => {
    const { ics, nodes } = await placesView(code, state, signal);
    heading.textContent = `${shortIcsName(ics.name)} (${ics.odsCode})`;
    return nodes;
  }, signal);
  void projection.show(() => projectionView(code, state, vocabulary, signal), signal);
  void trajectory.show(() => trajectoryView(code, vocabulary, signal), signal);
  const scenario = scenarioSelector(code, state.scenario, signal, onScenario);
  return h('section', { class: 'ics', id: 'ics', 'aria-labelledby': 'ics-title' }, h('div', { class: 'ics-heading' }, heading, back), scenario, places.element, projection.element, trajectory.element);
}
