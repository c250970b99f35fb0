import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { importDataset } from '../../src/dataset/index.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { recordEdit } from '../../src/coverage/data-version.js';
import { findGapFindings } from '../../src/gap/findings.js';
import { parseGapFilter } from '../../src/gap/gap-filter.js';
import type { GapFilter } from '../../src/gap/GapFilter.input.js';
import { GapOrder } from '../../src/gap/GapOrder.js';
import { changeMark, maintainFindings, writeDerivation } from '../../src/gap/maintained/maintain-findings.js';
import { severityThresholds } from '../../src/gap/severity.js';
import { createScratchDatabase, type ScratchDatabase } from '../lib/postgres.js';
import { percentile, round } from '../lib/stats.js';

// Maintained gap findings on the demo, before (computed on each read) and after (MAINTAINED_GAP_FINDINGS=on), in
// one run: the import's time, national gapFindings for one year (first 500) and one ICS (p50 over `runs` reads),
// and a one-record edit's re-derivation (p50). PostgreSQL when BENCH_POSTGRES is set, else PGlite in memory.
// Run: node --import tsx bench/measure/maintained-findings.ts [runs]

const DEMO = fileURLToPath(new URL('../../seeds/demo/', import.meta.url));

export interface MaintainedFindingsFigures {
  driver: 'postgresql' | 'pglite';
  importMs: { before: number; after: number; ratio: number };
  nationalYearFirst500P50Ms: { before: number; after: number };
  oneIcsP50Ms: { before: number; after: number };
  oneRecordEditRederiveP50Ms: number;
}

async function open(label: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!process.env.BENCH_POSTGRES) {
    const database = await openDatabase({ pgliteDir: 'memory://', statementTimeoutMs: 0 });
    return { database, drop: () => database.close() };
  }
  const scratch: ScratchDatabase = await createScratchDatabase(label);
  const database = await openDatabase({ databaseUrl: scratch.url, statementTimeoutMs: 0 });
  return { database, drop: async () => { await database.close(); await scratch.drop(); } };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function readP50(database: Database, filter: GapFilter, runs: number): Promise<number> {
  const request = {
    filter: parseGapFilter(filter), order: GapOrder.SEVERITY, page: { offset: 0, limit: 500 },
    thresholds: severityThresholds(), asOfDate: writeDerivation().asOfDate,
  };
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(() => findGapFindings(database.sql(), request)));
  return round(percentile(samples, 50), 1);
}

/** One housing line's bed-spaces moved by one, as an edit does it: in a transaction, then its ICS re-derived. */
async function editP50(database: Database, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await database.fork().transactional(async (em) => {
      const sql = database.sql(em);
      const mark = await changeMark(sql);
      await sql.rows('update housing_plan_lines set bed_spaces = bed_spaces + 1 where id = (select min(id) from housing_plan_lines)');
      await recordEdit(sql);
      samples.push(await timed(() => maintainFindings(sql, { mark, everywhere: false })));
    });
  }
  return round(percentile(samples, 50), 1);
}

export async function measureMaintainedFindings(runs = 5): Promise<MaintainedFindingsFigures> {
  const saved = process.env.MAINTAINED_GAP_FINDINGS;
  const figures = { before: {} as Record<string, number>, after: {} as Record<string, number> };
  const [icsOf] = [(database: Database) => database.sql().rows<{ ods_code: string }>('select min(ods_code) as ods_code from integrated_care_systems')];
  let edit = 0;
  try {
    for (const phase of ['before', 'after'] as const) {
      process.env.MAINTAINED_GAP_FINDINGS = phase === 'after' ? 'on' : 'off';
      const { database, drop } = await open(`maintained_${phase}`);
      try {
        figures[phase].import = await timed(() => importDataset(database, DEMO));
        const [{ ods_code: ics }] = await icsOf(database);
        figures[phase].national = await readP50(database, { year: 2025 } as GapFilter, runs);
        figures[phase].oneIcs = await readP50(database, { year: 2025, icsCode: ics } as GapFilter, runs);
        if (phase === 'after') edit = await editP50(database, runs);
      } finally {
        await drop();
      }
    }
  } finally {
    if (saved === undefined) delete process.env.MAINTAINED_GAP_FINDINGS;
    else process.env.MAINTAINED_GAP_FINDINGS = saved;
  }
  return {
    driver: process.env.BENCH_POSTGRES ? 'postgresql' : 'pglite',
    importMs: { before: round(figures.before.import, 0), after: round(figures.after.import, 0), ratio: round(figures.after.import / figures.before.import, 2) },
    nationalYearFirst500P50Ms: { before: figures.before.national, after: figures.after.national },
    oneIcsP50Ms: { before: figures.before.oneIcs, after: figures.after.oneIcs },
    oneRecordEditRederiveP50Ms: edit,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await measureMaintainedFindings(Number(process.argv[2] ?? 5)), null, 2));
}
