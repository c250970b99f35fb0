import { join } from 'node:path';
import { importDataset } from '../../../src/dataset/index.js';
import { openTestApi, TEST_AS_OF_DATE } from '../../support/api.js';
import { fixtureExpectations, fixtureNames, fixturesRoot } from '../support/fixtures.js';
import { expectMaintainedEqualsReference, withEnv } from './support.js';

// Every gap fixture (each domain, boundaries over time, registers, returns): the findings an import maintains
// equal what the reference statements compute, for every level, one ICS, one local authority and one year.
test.each(fixtureNames())('fixture %s: maintained findings equal the reference', async (name) => {
  const env = { AS_OF_DATE: TEST_AS_OF_DATE, ...fixtureExpectations(name).env, MAINTAINED_GAP_FINDINGS: 'on' };
  await withEnv(env, async () => {
    const api = await openTestApi({ env });
    try {
      await importDataset(api.app.database, join(fixturesRoot, name));
      const sql = api.app.database.sql();
      const [first] = await sql.rows<{ ics_code: string | null; la_code: string | null; year: number | null }>(
        `select min(ics_code) as ics_code, min(la_code) as la_code, min(year) as year from maintained_gap_findings`,
      );
      const filters = [
        { level: 'ICS' }, { level: 'PLACE' },
        ...(first.ics_code ? [{ icsCode: first.ics_code, level: 'PLACE' }] : []),
        ...(first.la_code ? [{ laCode: first.la_code, level: 'ICS' }] : []),
        ...(first.year ? [{ year: first.year }] : []),
      ];
      // Fixtures of metrics or training only have no findings: then the table is empty, and fresh all the same.
      for (const filter of filters) await expectMaintainedEqualsReference(sql, filter as never, env.AS_OF_DATE);
    } finally {
      await api.close();
    }
  });
});
