import './styles.css';
import { controls } from './controls.js';
import { h } from './dom.js';
import { englandView } from './england-view.js';
import { DashboardVocabularyDocument } from './generated/graphql.js';
import { graphqlRequest } from './graphql-request.js';
import { icsView } from './ics-view.js';
import { searchOf, stateFromSearch, vocabularyOf, type DashboardState, type Vocabulary } from './state.js';
import { ViewFrame } from './view-frame.js';

const root = document.getElementById('dashboard')!;

/** Loads what the controls offer, then draws the views the URL asks for and keeps them in step with it. */
async function start(): Promise<void> {
  let vocabulary: Vocabulary;
  try {
    vocabulary = vocabularyOf(await graphqlRequest(DashboardVocabularyDocument, {}));
  } catch (error) {
    root.replaceChildren(h('p', { class: 'view-status error', role: 'alert' }, `The dashboard could not start: ${(error as Error).message}`));
    return;
  }
  let state = stateFromSearch(window.location.search, vocabulary);
  const england = new ViewFrame('england', 'England: the worst gap in each ICS at each pathway stage', undefined, 'h2');
  const icsSlot = h('div', { class: 'ics-slot' });
  let form = controls(vocabulary, state, (change) => navigate({ ...state, ...change }, 'replace'));
  const noYears = vocabulary.years.length === 0 ? h('p', { class: 'view-status', role: 'status' }, 'No gap findings are held yet: import a dataset (npm run import) to fill the heatmap.') : null;
  root.replaceChildren(...[form, noYears, england.element, icsSlot].filter((node): node is HTMLElement => node !== null));

  let englandLoad = new AbortController();
  let icsLoad = new AbortController();

  const draw = (previous: DashboardState | null) => {
    const filtersChanged =
      !previous || previous.year !== state.year || previous.domain !== state.domain || previous.cohort !== state.cohort ||
      previous.boundariesAsAt !== state.boundariesAsAt;
    if (filtersChanged) {
      englandLoad.abort();
      englandLoad = new AbortController();
      void england.show(() => englandView(state, englandLoad.signal, (code) => navigate({ ...state, ics: code, scenario: null }, 'push')), englandLoad.signal);
    }
    if (filtersChanged || previous?.ics !== state.ics || previous?.scenario !== state.scenario) {
      icsLoad.abort();
      icsLoad = new AbortController();
      const close = () => navigate({ ...state, ics: null, scenario: null }, 'push');
      const showScenario = (scenario: string | null) => navigate({ ...state, scenario }, 'replace');
      icsSlot.replaceChildren(state.ics ? icsView(state.ics, state, vocabulary, icsLoad.signal, close, showScenario) : '');
    }
  };

  const navigate = (next: DashboardState, mode: 'push' | 'replace') => {
    const previous = state;
    state = next;
    window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', searchOf(state));
    draw(previous);
    if (state.ics && previous.ics !== state.ics) focusIcs();
    if (!state.ics && previous.ics) root.querySelector<HTMLElement>(`#england tr[data-ics-code="${previous.ics}"] th`)?.focus();
  };

  window.addEventListener('popstate', () => {
    const previous = state;
    state = stateFromSearch(window.location.search, vocabulary);
    const replacement = controls(vocabulary, state, (change) => navigate({ ...state, ...change }, 'replace'));
    form.replaceWith(replacement);
    form = replacement;
    draw(previous);
  });

  draw(null);
}

/** Takes keyboard and screen-reader users to the ICS just opened. */
function focusIcs(): void {
  const heading = document.getElementById('ics-title');
  heading?.focus({ preventScroll: true });
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

void start();
