export interface RunBudget {
  /** Most timed runs per figure. */
  maxRuns: number;
  /** Fewest timed runs, however slow the request. */
  minRuns: number;
  warmup: number;
  /** Seconds the timed runs of one figure should take in all; slow requests get fewer runs. */
  seconds: number;
}

/** Warm-up stops early once one iteration takes more than a tenth of the budget: it is warm by then. */
export function warmEnough(budget: RunBudget, iterationMs: number): boolean {
  return iterationMs > (budget.seconds * 1000) / 10;
}

/** Timed runs for a figure whose one warm iteration took `iterationMs`. */
export function runsFor(budget: RunBudget, iterationMs: number): number {
  // A request taking over a third of the budget gets 3 runs: enough for a median, and the run stays bounded.
  if (iterationMs > (budget.seconds * 1000) / 3) return Math.min(3, budget.minRuns);
  const fit = Math.floor((budget.seconds * 1000) / Math.max(iterationMs, 1));
  return Math.max(budget.minRuns, Math.min(budget.maxRuns, fit));
}
