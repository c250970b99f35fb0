import { differs, validityInOrder } from '../checks.js';
import * as code from '../codes.js';
import { ALL_OR, DAY } from '../exportSql.js';
import { date, optional, text } from '../fields.js';
import type { KnownCodes } from '../known.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import { table } from '../tables.js';
import { upsert } from '../upsert.js';
import { inOrder, into, withSources, type Writer } from '../writers.js';

const regions = table({
  name: 'regions',
  columns: { ods_code: 'text', ons_code: 'text', name: 'text' },
  key: ['ods_code'],
  keepWhenNull: ['ons_code'],
});

const integratedCareSystems = table({
  name: 'integrated_care_systems',
  columns: {
    ods_code: 'text',
    ons_code: 'text',
    name: 'text',
    region_ods_code: 'text',
    valid_from: 'date',
    valid_to: 'date',
  },
  key: ['ods_code'],
});

interface RegionFields {
  region_ods_code: string;
  region_name: string;
  region_ons_code: string | null;
}

/** Every row naming a region gives it the same name and ONS code, and no two regions share an ONS code. */
function sameRegion(row: RegionFields, known: KnownCodes, line: number): ColumnProblem[] {
  const code = row.region_ods_code;
  const region = known.regionDefinitions.get(code);
  if (!region) {
    const owner = [...known.regionDefinitions].find(([, seen]) => seen.onsCode && seen.onsCode === row.region_ons_code);
    if (owner) {
      const message = `${row.region_ons_code} is the ONS code of region ${owner[0]} (line ${owner[1].line})`;
      return [{ column: 'region_ons_code', message }];
    }
    known.regionDefinitions.set(code, { name: row.region_name, onsCode: row.region_ons_code, line });
    return [];
  }
  return [
    ...differs('region_name', row.region_name, region.name, `region ${code} is named`, region.line),
    ...differs('region_ons_code', row.region_ons_code, region.onsCode, `region ${code} has ONS code`, region.line),
  ];
}

/** Regions named by a batch of ICS rows, one record each (validation checks the rows agree on a region). */
const writeRegions: Writer<RegionFields> = withSources(
  async (rows, sql) => {
    const named = new Map(
      rows.map((row) => [
        row.region_ods_code,
        { ods_code: row.region_ods_code, ons_code: row.region_ons_code, name: row.region_name },
      ]),
    );
    return [await upsert(sql, regions, [...named.values()])];
  },
  [{ table: regions.name, columns: { ods_code: 'region_ods_code', ons_code: 'region_ons_code', name: 'region_name' } }],
);

/**
 * ICBs and the NHS England regions they belong to (regions are created from these rows), each valid from
 * `valid_from` to `valid_to` (inclusive; blank: since always / still valid). An abolished ICB stays, with
 * its `valid_to`, so its records and successions keep their meaning.
 */
export const integratedCareSystemsFile = defineFile(
  'integrated_care_systems.csv',
  {
    ods_code: code.icbOdsCode,
    ons_code: code.icbOnsCode,
    name: text(),
    region_ods_code: code.regionOdsCode,
    region_name: text(),
    region_ons_code: optional(code.regionOnsCode),
    valid_from: optional(date),
    valid_to: optional(date),
  },
  {
    optionalColumns: ['region_ons_code', 'valid_from', 'valid_to'],
    keys: [['ods_code'], ['ons_code']],
    check: (row, known, line) => [...sameRegion(row, known, line), ...validityInOrder(row.valid_from, row.valid_to)],
    remember: (row, known) => known.add('integratedCareSystems', row.ods_code),
    write: inOrder(
      writeRegions,
      into(integratedCareSystems, {
        ods_code: 'ods_code',
        ons_code: 'ons_code',
        name: 'name',
        region_ods_code: 'region_ods_code',
        valid_from: 'valid_from',
        valid_to: 'valid_to',
      }),
    ),
    // For one ICS: it and the ICSs it succeeds or is succeeded by, so its ics_successions.csv imports too.
    export: {
      perIcs: true,
      sql: `select i.ods_code, i.ons_code, i.name, i.region_ods_code, r.name as region_name, r.ons_code as region_ons_code,
        ${DAY('i.valid_from')} as valid_from, ${DAY('i.valid_to')} as valid_to
      from integrated_care_systems i join regions r on r.ods_code = i.region_ods_code
      where ${ALL_OR(`(i.ods_code = $1 or exists (select 1 from ics_successions s
        where (s.predecessor_ods_code = i.ods_code and s.successor_ods_code = $1)
           or (s.successor_ods_code = i.ods_code and s.predecessor_ods_code = $1)))`)}
      order by i.ods_code`,
    },
  },
);
