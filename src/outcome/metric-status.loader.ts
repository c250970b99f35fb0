import type { TargetDirection } from './Metric.entity.js';
import { groupedLoader } from '../graphql/grouped-loader.js';
import type { MetricStatus } from './MetricStatus.type.js';
import { metricStatusStatement } from './metric-status.sql.js';

export interface MetricStatusRequest {
  icsCode: string;
  year: number;
}

interface Row {
  icsCode: string;
  metricCode: string;
  name: string;
  unit: string;
  direction: TargetDirection;
  populationGroup: string;
  periodEnd: string | null;
  recordedValue: number | null;
  population: number | null;
  populationYear: number | null;
  ratePerMillion: number | null;
  value: number | null;
  targetValue: number | null;
  targetDue: string | null;
  targetSource: string | null;
  targetScope: string;
  met: boolean | null;
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
        .map(({ icsCode, targetValue, targetDue, targetSource, targetScope, ...status }) => ({
          ...status,
          target:
            targetValue === null ? null : { value: targetValue, due: targetDue!, source: targetSource!, scope: targetScope },
        }));
  },
);
