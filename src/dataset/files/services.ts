import type { SqlRunner as Sql } from '../../db/sql.js';
import { Commissioner } from '../../service/CommissionedService.entity.js';
import { catchmentIsPlace, endNotBeforeStart } from '../checks.js';
import * as code from '../codes.js';
import { ALL_OR, DAY } from '../exportSql.js';
import { Basis } from '../../gap/Basis.js';
import { age, count, date, list, oneOf, optional, text } from '../fields.js';
import { defineFile } from '../spec.js';
import { table, type PivotShape } from '../tables.js';
import { syncPivot } from '../upsert.js';
import { inOrder, into, withSources, type Writer } from '../writers.js';

const commissionedServices = table({
  name: 'commissioned_services',
  columns: {
    service_code: 'text',
    name: 'text',
    ics_code: 'text',
    la_code: 'text',
    commissioner: 'text',
    provider: 'text',
    pathway_stage_code: 'text',
    capacity_people: 'int',
    start_date: 'date',
    end_date: 'date',
    service_type_code: 'text',
    capacity_basis: 'text',
    min_age: 'int',
    max_age: 'int',
  },
  key: ['service_code'],
});

/** Membership tables of commissioned services, replaced for every imported service. */
const cohortsServed: PivotShape = { name: 'commissioned_service_cohorts', owner: 'service_id', member: 'cohort_code' };
const needCategoriesServed: PivotShape = {
  name: 'commissioned_service_need_categories',
  owner: 'service_id',
  member: 'need_category_code',
};

interface MembershipFields {
  service_code: string;
  cohorts: string[];
  need_categories: string[];
}

/** Makes each service's cohorts and need categories exactly those its row lists (after the services are written). */
const writeServiceMemberships: Writer<MembershipFields> = withSources(
  async (rows, sql) => {
    const codes = rows.map((row) => row.service_code);
    const ids = await serviceIds(sql, codes);
    const owners = [...ids.values()];
    const cohorts = rows.flatMap((row) => row.cohorts.map((member) => ({ owner: ids.get(row.service_code)!, member })));
    const needCategories = rows.flatMap((row) =>
      row.need_categories.map((member) => ({ owner: ids.get(row.service_code)!, member })),
    );
    return [
      await syncPivot(sql, cohortsServed, owners, cohorts),
      await syncPivot(sql, needCategoriesServed, owners, needCategories),
    ];
  },
  [
    { table: cohortsServed.name, columns: { service_id: 'service_code', cohort_code: 'cohorts' } },
    {
      table: needCategoriesServed.name,
      columns: { service_id: 'service_code', need_category_code: 'need_categories' },
    },
  ],
);

async function serviceIds(sql: Sql, codes: string[]): Promise<Map<string, number>> {
  const rows = await sql.rows<{ id: number; service_code: string }>(
    'select id, service_code from commissioned_services where service_code = any($1::text[])',
    [codes],
  );
  return new Map(rows.map((row) => [row.service_code, row.id]));
}

function agesInOrder(minAge: number | null, maxAge: number | null) {
  if (minAge === null || maxAge === null || minAge <= maxAge) return [];
  return [{ column: 'max_age', message: `max_age ${maxAge} is below min_age ${minAge}` }];
}

/**
 * Commissioned services: who commissions what, for whom, where, with what capacity and when. Optional:
 * the service type, the capacity basis (blank takes the type's default, else CASELOAD) and the ages served.
 */
export const servicesFile = defineFile(
  'services.csv',
  {
    service_code: text(40),
    name: text(),
    ics_code: code.knownIcs,
    la_code: optional(code.knownLocalAuthority),
    commissioner: oneOf(Object.values(Commissioner)),
    provider: text(),
    pathway_stage: code.pathwayStage,
    cohorts: list(code.cohort),
    need_categories: list(code.needCategory),
    capacity_people: count,
    start_date: date,
    end_date: optional(date),
    service_type: optional(code.serviceType),
    capacity_basis: optional(oneOf(Object.values(Basis))),
    min_age: optional(age),
    max_age: optional(age),
  },
  {
    optionalColumns: ['service_type', 'capacity_basis', 'min_age', 'max_age'],
    keys: [['service_code']],
    check: (row, known) => [
      ...catchmentIsPlace(row.ics_code, row.la_code, known),
      ...endNotBeforeStart(row.start_date, row.end_date),
      ...agesInOrder(row.min_age, row.max_age),
    ],
    write: inOrder(
      into(commissionedServices, {
        service_code: 'service_code',
        name: 'name',
        ics_code: 'ics_code',
        la_code: 'la_code',
        commissioner: 'commissioner',
        provider: 'provider',
        pathway_stage_code: 'pathway_stage',
        capacity_people: 'capacity_people',
        start_date: 'start_date',
        end_date: 'end_date',
        service_type_code: 'service_type',
        capacity_basis: 'capacity_basis',
        min_age: 'min_age',
        max_age: 'max_age',
      }),
      writeServiceMemberships,
    ),
    export: {
      perIcs: true,
      sql: `select s.service_code, s.name, s.ics_code, s.la_code, s.commissioner, s.provider,
        s.pathway_stage_code as pathway_stage,
        (select string_agg(m.cohort_code, ';' order by v.sort_order) from commissioned_service_cohorts m
           join cohorts v on v.code = m.cohort_code where m.service_id = s.id) as cohorts,
        (select string_agg(m.need_category_code, ';' order by v.sort_order) from commissioned_service_need_categories m
           join need_categories v on v.code = m.need_category_code where m.service_id = s.id) as need_categories,
        s.capacity_people, ${DAY('s.start_date')} as start_date, ${DAY('s.end_date')} as end_date,
        s.service_type_code as service_type, s.capacity_basis, s.min_age, s.max_age
      from commissioned_services s where ${ALL_OR('s.ics_code = $1')} order by s.service_code`,
    },
  },
);
