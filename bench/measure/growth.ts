import { firstLine } from '../lib/features.js';
import { graphql } from '../lib/http.js';
import { runsFor, warmEnough, type RunBudget } from '../lib/budget.js';
import type { PlanSummary } from '../lib/explain.js';
import { ratio, summarize, type LatencySummary } from '../lib/stats.js';
import type { Operation } from '../queries.js';

export interface GrowthFigure {
  key: string;
  label: string;
  scales: [number, number];
  small?: LatencySummary & { totalCount: number | null };
  large?: LatencySummary & { totalCount: number | null };
  ratioP50?: number;
  /** PostgreSQL's side of the slowest statement at each scale (EXPLAIN ANALYZE), when it was captured. */
  plans?: [PlanSummary | null, PlanSummary | null];
  skipped?: string;
  error?: string;
}

function totalCount(data: unknown): number | null {
  const root = Object.values((data ?? {}) as Record<string, unknown>)[0] as { totalCount?: number; needs?: { totalCount?: number } } | null;
  return root?.totalCount ?? root?.needs?.totalCount ?? null;
}

/**
 * The same request against a server on the scale-1 database and one on the scale-n database, runs
 * alternating between them, p50 and p95 over the runs; the ratio is p50(scale n) ÷ p50(scale 1).
 */
export async function measureGrowth(
  key: string,
  label: string,
  scales: [number, number],
  endpoints: [string, string],
  operation: Operation,
  budget: RunBudget,
): Promise<GrowthFigure> {
  const figure: GrowthFigure = { key, label, scales };
  try {
    const samples: [number[], number[]] = [[], []];
    const counts: [number | null, number | null] = [null, null];
    const ask = (side: 0 | 1) =>
      graphql(endpoints[side], operation.query, operation.variables).catch((error: Error) => {
        throw new Error(`scale ${scales[side]}: ${error.message}`);
      });
    let iterationMs = 0;
    for (let i = 0; i < budget.warmup; i += 1) {
      const started = performance.now();
      for (const side of [0, 1] as const) await ask(side);
      iterationMs = performance.now() - started;
      if (warmEnough(budget, iterationMs)) break;
    }
    const runs = runsFor(budget, iterationMs);
    for (let i = 0; i < runs; i += 1) {
      for (const side of [0, 1] as const) {
        const answer = await ask(side);
        samples[side].push(answer.ms);
        counts[side] = totalCount(answer.json.data);
      }
    }
    figure.small = { ...summarize(samples[0]), totalCount: counts[0] };
    figure.large = { ...summarize(samples[1]), totalCount: counts[1] };
    figure.ratioP50 = ratio(figure.large.p50, figure.small.p50);
  } catch (error) {
    figure.error = firstLine(error);
  }
  return figure;
}
