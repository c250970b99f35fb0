import { Migration } from '@mikro-orm/migrations';

const V1 = 'PREPARING_FOR_ADULTHOOD';
const CHILDREN = 'CHILDREN_14_17';
const YOUNG_ADULTS = 'YOUNG_ADULTS_18_25';

/**
 * How a stored v1 row of the 14–25 band becomes rows of the two new bands. `split` columns are figures
 * shared by years of age: 4 of the band's 12 years are 14–17, so CHILDREN_14_17 takes round(x × 4 ÷ 12)
 * (to whole people, or to the penny) and YOUNG_ADULTS_18_25 the rest, so the two always add up to the v1
 * figure exactly. Other columns (unit costs, a service's membership) are copied to both.
 */
interface SplitTable {
  table: string;
  /** Figures shared 4/12 : 8/12, with the decimal places they are rounded to. */
  split: { column: string; scale: number }[];
  /** A serial key given a fresh value in the copied rows. */
  serial?: string;
  /** Set to V1_SPLIT on both rows, so an analyst can see which figures were divided by this rule. */
  source?: string;
}

// Every table with a cohort_code column. A v1 database holds population only for the 14–25 band as a whole
// (the new codes do not exist before this migration, and cohorts are not imported), so no population can
// say otherwise: every figure, including needs of a local authority that has population rows, is split
// 4/12 : 8/12. (Splitting needs by the population's own rounded split would only add rounding noise.)
const TABLES: SplitTable[] = [
  { table: 'population_estimates', split: [{ column: 'people', scale: 0 }], serial: 'id' },
  { table: 'assessed_needs', split: [{ column: 'people', scale: 0 }], serial: 'id', source: 'source' },
  { table: 'housing_plan_lines', split: [{ column: 'bed_spaces', scale: 0 }], serial: 'id' },
  { table: 'finance_plan_lines', split: [{ column: 'amount_gbp', scale: 2 }], serial: 'id' },
  { table: 'unit_costs', split: [], serial: 'id' },
  { table: 'commissioned_service_cohorts', split: [] },
];

/** Natural keys without the cohort, to find a row's counterpart in the other band when merging back. */
const MERGE_KEYS: Record<string, string[]> = {
  population_estimates: ['la_code', 'year'],
  assessed_needs: ['la_code', 'need_category_code', 'pathway_stage_code', 'year'],
  housing_plan_lines: ['ics_code', 'la_code', 'accommodation_type', 'year'],
  finance_plan_lines: ['ics_code', 'funding_source', 'pathway_stage_code', 'year'],
  unit_costs: ['pathway_stage_code', 'year'],
  commissioned_service_cohorts: ['service_id'],
};

const childrenPart = (column: string, scale: number) => `round("${column}" * 4 / 12.0, ${scale})`;

/**
 * DOMAIN.md v2 "Life-stage cohorts": the v1 band PREPARING_FOR_ADULTHOOD (14–25) is split at 18, where
 * children's services hand over to adults', into CHILDREN_14_17 and YOUNG_ADULTS_18_25, both in the cohort
 * group PREPARING_FOR_ADULTHOOD. Cohorts gain a group and the oldest age counted for the open 65+ band.
 * Stored rows are kept: each v1 row becomes a CHILDREN_14_17 row (the row itself, updated in place) and a
 * YOUNG_ADULTS_18_25 copy (all its other columns, whatever later migrations add, copied as they are).
 */
export class Migration20261129100000_cohorts_split_at_18 extends Migration {
  override name = 'Migration20261129100000_cohorts_split_at_18';

  override up(): void {
    this.addSql(`alter table "cohorts" add "cohort_group" varchar(40) null;`);
    // Single years of age are counted (age overlap, ageing) up to 89 in the open-ended band.
    this.addSql(`alter table "cohorts" add "counted_max_age" int null;`);
    this.addSql(`update "cohorts" set "counted_max_age" = coalesce("max_age", 89);`);
    this.addSql(`alter table "cohorts" alter column "counted_max_age" set not null;`);
    this.addSql(`alter table "cohorts" add constraint "cohorts_counted_max_age_check"
      check ("counted_max_age" >= "min_age" and ("max_age" is null or "counted_max_age" = "max_age"));`);
    // Make room in the order (sort_order is unique), oldest first.
    this.addSql(`update "cohorts" set "sort_order" = 7 where "code" = 'OLDER_ADULTS';`);
    this.addSql(`update "cohorts" set "sort_order" = 6 where "code" = 'ADULTS';`);
    this.addSql(`update "cohorts" set "sort_order" = 100 where "code" = '${V1}';`);
    this.addSql(`insert into "cohorts" ("code", "label", "min_age", "max_age", "counted_max_age", "sort_order", "cohort_group") values
      ('${CHILDREN}', 'Children (14–17)', 14, 17, 17, 4, '${V1}'),
      ('${YOUNG_ADULTS}', 'Young adults (18–25)', 18, 25, 25, 5, '${V1}');`);
    this.refuseUnknownTables();
    for (const spec of TABLES) this.split(spec);
    this.addSql(`delete from "cohorts" where "code" = '${V1}';`);
  }

  /** Copies each v1 row as YOUNG_ADULTS_18_25 with 8/12, then turns the row itself into CHILDREN_14_17 with 4/12. */
  private split({ table, split, serial, source }: SplitTable): void {
    const copy = `"v1_split_${table}"`;
    const youngAdults = [
      `"cohort_code" = '${YOUNG_ADULTS}'`,
      ...split.map(({ column, scale }) => `"${column}" = "${column}" - ${childrenPart(column, scale)}`),
      ...(serial ? [`"${serial}" = nextval(pg_get_serial_sequence('"${table}"', '${serial}'))`] : []),
      ...(source ? [`"${source}" = 'V1_SPLIT'`] : []),
    ];
    const children = [
      `"cohort_code" = '${CHILDREN}'`,
      ...split.map(({ column, scale }) => `"${column}" = ${childrenPart(column, scale)}`),
      ...(source ? [`"${source}" = 'V1_SPLIT'`] : []),
    ];
    this.addSql(`create temporary table ${copy} as select * from "${table}" where "cohort_code" = '${V1}';`);
    this.addSql(`update ${copy} set ${youngAdults.join(', ')};`);
    this.addSql(`insert into "${table}" select * from ${copy};`);
    this.addSql(`update "${table}" set ${children.join(', ')} where "cohort_code" = '${V1}';`);
    this.addSql(`drop table ${copy};`);
  }

  /**
   * A table with a cohort column this migration does not know (added by a later change) would lose its v1
   * rows or block the removal of the code: stop, naming it, rather than guess how its figures divide.
   */
  private refuseUnknownTables(): void {
    const known = ['cohorts', ...TABLES.map(({ table }) => table)].map((table) => `'${table}'`).join(', ');
    this.addSql(`do $$
declare
  t record;
  n bigint;
begin
  for t in select c.table_name from information_schema.columns c
           join information_schema.tables s on s.table_schema = c.table_schema and s.table_name = c.table_name
           where c.table_schema = current_schema() and c.column_name = 'cohort_code'
             and s.table_type = 'BASE TABLE' and c.table_name not in (${known})
  loop
    execute format('select count(*) from %I where cohort_code = %L', t.table_name, '${V1}') into n;
    if n > 0 then
      raise exception 'table % holds % rows of cohort ${V1}, and the split at 18 does not know how to divide them', t.table_name, n;
    end if;
  end loop;
end
$$;`);
  }

  /** Merges the two bands back into one v1 row each: figures summed, unit costs the children's, sources kept as they are. */
  override down(): void {
    this.addSql(`insert into "cohorts" ("code", "label", "min_age", "max_age", "counted_max_age", "sort_order") values
      ('${V1}', 'Preparing for adulthood (14–25)', 14, 25, 25, 100);`);
    for (const { table, split } of TABLES) {
      const key = MERGE_KEYS[table].map((column) => `y."${column}" is not distinct from "${table}"."${column}"`).join(' and ');
      const sums = split.map(({ column }) =>
        `"${column}" = "${column}" + coalesce((select y."${column}" from "${table}" y where y."cohort_code" = '${YOUNG_ADULTS}' and ${key}), 0)`);
      this.addSql(`update "${table}" set ${[`"cohort_code" = '${V1}'`, ...sums].join(', ')} where "cohort_code" = '${CHILDREN}';`);
      this.addSql(`update "${table}" set "cohort_code" = '${V1}' where "cohort_code" = '${YOUNG_ADULTS}'
        and not exists (select 1 from "${table}" y where y."cohort_code" = '${V1}' and ${key});`);
      this.addSql(`delete from "${table}" where "cohort_code" = '${YOUNG_ADULTS}';`);
    }
    this.addSql(`delete from "cohorts" where "code" in ('${CHILDREN}', '${YOUNG_ADULTS}');`);
    this.addSql(`update "cohorts" set "sort_order" = 4 where "code" = '${V1}';`);
    this.addSql(`update "cohorts" set "sort_order" = 5 where "code" = 'ADULTS';`);
    this.addSql(`update "cohorts" set "sort_order" = 6 where "code" = 'OLDER_ADULTS';`);
    this.addSql(`alter table "cohorts" drop constraint "cohorts_counted_max_age_check";`);
    this.addSql(`alter table "cohorts" drop column "counted_max_age";`);
    this.addSql(`alter table "cohorts" drop column "cohort_group";`);
  }
}
