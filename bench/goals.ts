/**
 * The goals of issue 13, each under a stable key of `goals` in the results JSON: the figure measured, the
 * goal, and whether it is met. A goal this run could not measure has `value` null, `met` null and the reason.
 */
import type { EditFigure } from './measure/edit.js';
import type { ExportStreamFigure } from './measure/export-stream.js';
import type { GrowthFigure } from './measure/growth.js';
import type { ImportFigure } from './measure/import.js';
import type { OverheadFigure } from './measure/overhead.js';
import type { StatementFigure } from './measure/statements.js';
import type { ThroughputFigure } from './measure/throughput.js';

export interface Goal {
  key: string;
  /** What is measured, in words. */
  figure: string;
  /** The goal, e.g. "≤ 100 ms". */
  goal: string;
  value: number | null;
  /** The value as printed, e.g. "1,712 ms" or "0.61×". */
  shown: string;
  met: boolean | null;
  /** Why it was not measured, or what to read the value with. */
  note?: string;
}

export interface GoalInputs {
  quick: boolean;
  growthScale: number;
  pglite: boolean;
  importBaselineMs: number;
  overhead: OverheadFigure[];
  growth: GrowthFigure[];
  exports: ExportStreamFigure[];
  throughput: ThroughputFigure | null;
  imports: ImportFigure[];
  edit: EditFigure | null;
  statements: StatementFigure[];
  skipped: { figure: string; reason: string }[];
}

const msText = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;
const timesText = (value: number) => `${value.toFixed(2)}×`;

function atMost(key: string, figure: string, limit: number, value: number | undefined | null, show: (v: number) => string, whyMissing: string, note?: string): Goal {
  const goal = `≤ ${show(limit)}`;
  if (value === undefined || value === null || !Number.isFinite(value)) return { key, figure, goal, value: null, shown: 'not measured', met: null, note: whyMissing };
  return { key, figure, goal, value, shown: show(value), met: value <= limit, ...(note ? { note } : {}) };
}

/** A time the client stopped waiting for: the figure is beyond it, so the goal is not met if the wait passed the limit. */
function beyond(key: string, figure: string, limit: number, waitedMs: number, note?: string): Goal {
  return { key, figure, goal: `≤ ${msText(limit)}`, value: null, shown: `> ${msText(waitedMs)}`, met: waitedMs >= limit ? false : null, note };
}

/** Why a figure is missing: the phase's own error or skip reason, else the generic one. */
function reason(inputs: GoalInputs, words: string[], fallback: string): string {
  const skip = inputs.skipped.find((s) => words.some((word) => s.figure.includes(word)));
  return skip ? `${skip.figure}: ${skip.reason}` : fallback;
}

export function evaluateIssue13Goals(inputs: GoalInputs): Goal[] {
  const goals: Goal[] = [];
  const overhead = (key: string) => inputs.overhead.find((f) => f.key === key);
  const growth = (key: string) => inputs.growth.find((f) => f.key === key);
  const scaleGoal = (key: string, label: string, limit: number) => {
    const figure = growth(key);
    const name = `${label}: p50 at scale 10 ÷ scale 1`;
    if (inputs.growthScale !== 10) {
      const seen = figure?.ratioP50 !== undefined ? ` (scale ${inputs.growthScale}: ${timesText(figure.ratioP50)})` : '';
      return atMost(`gapFindings.${key === 'oneIcs' ? 'ics' : key}.scale10Ratio`, name, limit, null, timesText,
        `${inputs.quick ? '--quick' : `--growth-scale ${inputs.growthScale}`} grows to scale ${inputs.growthScale}, not 10${seen}`);
    }
    return atMost(`gapFindings.${key === 'oneIcs' ? 'ics' : key}.scale10Ratio`, name, limit, figure?.ratioP50, timesText,
      figure?.error ?? reason(inputs, ['growth'], 'no growth figure (see skipped and failures)'));
  };

  const national = overhead('national');
  goals.push(atMost('gapFindings.national.p50Ms', 'national gapFindings, one year, first 500, scale 1 (PostgreSQL)', 100, national?.graphql?.p50, msText,
    national?.error ?? national?.skipped ?? reason(inputs, ['overhead'], 'no overhead figure')));
  goals.push(scaleGoal('national', 'national gapFindings', 1.3));
  const ics = overhead('oneIcs');
  goals.push(atMost('gapFindings.ics.p50Ms', 'one ICS gapFindings, one year, first 500, scale 1 (PostgreSQL)', 20, ics?.graphql?.p50, msText,
    ics?.error ?? ics?.skipped ?? reason(inputs, ['overhead'], 'no overhead figure')));
  goals.push(scaleGoal('oneIcs', 'one ICS gapFindings', 1.2));

  const pgExport = inputs.exports.find((e) => e.database === 'PostgreSQL');
  const exportMissing = pgExport?.error && pgExport.totalMs === undefined ? pgExport.error : reason(inputs, ['all-years export'], 'not run (see skipped and failures)');
  const exportFigure = 'national all-years place-level gap export (PostgreSQL, scale 1)';
  goals.push(pgExport?.totalMs !== undefined && pgExport.firstByteMs === null
    ? beyond('export.allYears.firstByteMs', `${exportFigure}: first byte`, 1000, pgExport.totalMs, pgExport.error)
    : atMost('export.allYears.firstByteMs', `${exportFigure}: first byte`, 1000, pgExport?.firstByteMs, msText, exportMissing));
  goals.push(pgExport?.totalMs !== undefined && !pgExport.complete
    ? beyond('export.allYears.totalMs', `${exportFigure}: complete`, 30_000, pgExport.totalMs, pgExport.error)
    : atMost('export.allYears.totalMs', `${exportFigure}: complete`, 30_000, pgExport?.totalMs, msText, exportMissing));
  const pgliteExport = inputs.exports.find((e) => e.database === 'PGlite');
  goals.push(atMost('export.pglite.healthzMaxMs', '/healthz, slowest answer while the all-years export runs (PGlite, scale 1)', 1000, pgliteExport?.healthz?.maxMs, msText,
    pgliteExport?.error ?? (inputs.pglite ? reason(inputs, ['PGlite'], 'not run (see skipped and failures)') : 'PGlite left out (--no-pglite)'),
    pgliteExport ? `${pgliteExport.healthz?.polls ?? 0} polls; export ${pgliteExport.complete ? 'complete' : 'incomplete'} after ${msText(pgliteExport.totalMs ?? 0)}` : undefined));

  const t = inputs.throughput;
  const peerMissing = t?.skipped ?? t?.error ?? reason(inputs, ['throughput'], 'no throughput figure');
  const rps = t?.ratio;
  goals.push({ ...atMost('nested.rpsRatioToPostGraphile', 'nested read requests/s, ours ÷ PostGraphile v5 (same run)', Infinity, rps, timesText, peerMissing), goal: '≥ 1.50×', met: rps === undefined ? null : rps >= 1.5 });
  const cpu = t?.ours && t.peer ? t.ours.cpuMsPerRequest / t.peer.cpuMsPerRequest : undefined;
  goals.push(atMost('nested.cpuPerRequestRatio', 'nested read server CPU per request, ours ÷ PostGraphile v5 (same run)', 1, cpu, timesText, peerMissing,
    t?.ours && t.peer ? `${t.ours.cpuMsPerRequest} against ${t.peer.cpuMsPerRequest} CPU ms/request` : undefined));

  const imported = inputs.imports.find((f) => f.database === 'PostgreSQL' && f.scale === 1);
  goals.push(atMost('import.scale1Ms', 'import of scale 1 (PostgreSQL)', inputs.importBaselineMs * 1.5, imported ? imported.seconds * 1000 : undefined, msText,
    reason(inputs, ['import'], 'no PostgreSQL import this run'),
    `goal is 1.5 × ${msText(inputs.importBaselineMs)}, the import before maintained findings (--import-baseline-ms); not from this run`));

  const edit = inputs.edit;
  goals.push(atMost('edit.rederiveP50Ms', 'one-row change (saveNeed) answered, p50, scale 1 (PostgreSQL)', 200, edit?.p50, msText,
    edit?.error ?? reason(inputs, ['edit'], 'not run (see skipped and failures)'),
    'the whole mutation: whatever is re-derived happens inside it'));

  const counted = inputs.statements.filter((f) => f.equal !== undefined);
  const unequal = counted.filter((f) => !f.equal);
  goals.push({
    key: 'statements.constant',
    figure: 'SQL statements per request at a small and a large result size',
    goal: 'equal for every request',
    value: counted.length ? unequal.length : null,
    shown: counted.length ? `${counted.length - unequal.length} of ${counted.length} equal` : 'not measured',
    met: counted.length ? unequal.length === 0 : null,
    ...(counted.length ? (unequal.length ? { note: `unequal: ${unequal.map((f) => `${f.label} (${f.database})`).join(', ')}` } : {}) : { note: reason(inputs, ['statements'], 'no statement counts') }),
  });
  return goals;
}

/** The goals as printed lines: the measured value, the goal, met / NOT MET / not measured, and the note. */
export function goalRows(goals: Goal[]): string[][] {
  return goals.map((g) => [g.key, g.shown, g.goal, g.met === null ? 'not measured' : g.met ? 'met' : 'NOT MET', g.note ?? '']);
}
