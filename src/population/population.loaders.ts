import DataLoader from 'dataloader';
import type { SqlRunner } from '../db/sql.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import type { PopulationCountType } from './PopulationCount.type.js';

export interface PopulationRequest {
  icsCode: string;
  year: number | null;
}

/** Population per cohort of many ICSs at once, attributed to each ICS by place share, summed in SQL. */
export const populationOfIcs = (sql: SqlRunner) =>
  new DataLoader<PopulationRequest, PopulationCountType[], string>(
    async (requests) => {
      const rows = await sql.rows<Omit<PopulationCountType, 'yearLabel'> & { ics_code: string }>(
        `select p.ics_code, e.cohort_code as cohort, e.year, sum(e.people * p.population_share)::float8 as people
         from population_estimates e
         join places p on p.la_code = e.la_code
         join cohorts c on c.code = e.cohort_code
         where p.ics_code = any($1)
         group by p.ics_code, e.cohort_code, c.sort_order, e.year
         order by p.ics_code, e.year, c.sort_order`,
        [[...new Set(requests.map((request) => request.icsCode))]],
      );
      return requests.map((request) =>
        rows
          .filter((row) => row.ics_code === request.icsCode && (request.year === null || row.year === request.year))
          .map(({ cohort, year, people }) => ({ cohort, year, people, yearLabel: financialYearLabel(year) })),
      );
    },
    { cacheKeyFn: (request) => `${request.icsCode}:${request.year}` },
  );
