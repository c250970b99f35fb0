import type { TargetDirection } from './Metric.entity.js';
import { groupedLoader } from '../graphql/grouped-loader.js';
import type { AppliedTarget, MetricStatus, MetricTargetStatus } from './MetricStatus.type.js';
import { metricStatusStatement } from './metric-status.sql.js';

export interface MetricStatusRequest {
  icsCode: string;
  year: number;
}

/** The columns of one applied target, prefixed `target`, `local` or `national`. */
type TargetColumns<P extends string> = {
  [K in 'Value' | 'Unit' | 'Due' | 'Source' | 'Scope' | 'CarriedForward' | 'Compared' | 'Met' as `${P}${K}`]: K extends 'Value' | 'Compared'
    ? number | null
    : K extends 'CarriedForward' | 'Met'
      ? boolean | null
      : string | null;
};

type Row = {
  icsCode: string;
  metricCode: string;
  name: string;
  unit: string;
  direction: TargetDirection;
  populationGroup: string;
  periodEnd: string | null;
  recordedValue: number | null;
  valueSource: string | null;
  population: number | null;
  populationYear: number | null;
  ratePerMillion: number | null;
  value: number | null;
} & TargetColumns<'target'> & TargetColumns<'local'> & TargetColumns<'national'>;

function appliedTarget(row: Row, prefix: 'target' | 'local' | 'national'): AppliedTarget | null {
  const column = <K extends string>(name: K) => row[`${prefix}${name}` as keyof Row] as never;
  if (column('Value') === null) return null;
  return {
    metricCode: row.metricCode,
    populationGroup: row.populationGroup,
    value: column('Value'),
    unit: column('Unit'),
    due: column('Due'),
    source: column('Source'),
    scope: column('Scope'),
    carriedForward: column('CarriedForward'),
  };
}

function targetStatus(row: Row, prefix: 'local' | 'national'): MetricTargetStatus | null {
  const target = appliedTarget(row, prefix);
  if (!target) return null;
  return { target, value: row[`${prefix}Compared`], met: row[`${prefix}Met`] };
}

/** Metric statuses of every ICS asked for in one request for the same year, in one statement. */
export const metricStatusLoader = groupedLoader<MetricStatusRequest, MetricStatus[]>(
  (r) => `${r.icsCode}:${r.year}`,
  (r) => String(r.year),
  async (sql, group) => {
    const { text, params } = metricStatusStatement(group.map((r) => r.icsCode), group[0].year);
    const rows = await sql.rows<Row>(text, params);
    return (request) =>
      rows
        .filter((row) => row.icsCode === request.icsCode)
        .map((row) => ({
          metricCode: row.metricCode,
          name: row.name,
          unit: row.unit,
          direction: row.direction,
          populationGroup: row.populationGroup,
          periodEnd: row.periodEnd,
          recordedValue: row.recordedValue,
          valueSource: row.valueSource,
          population: row.population,
          populationYear: row.populationYear,
          ratePerMillion: row.ratePerMillion,
          value: row.value,
          target: appliedTarget(row, 'target'),
          met: row.targetMet,
          local: targetStatus(row, 'local'),
          national: targetStatus(row, 'national'),
        }));
  },
);
