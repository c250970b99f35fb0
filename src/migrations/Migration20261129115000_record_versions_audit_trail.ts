import { Migration } from '@mikro-orm/migrations';

/**
 * The plan records an editor may change, by table: the record type the audit trail names, the natural key
 * columns, and the column that says whose the record is (`ics_code`, or `la_code` for a local authority's
 * records, which belong to every ICS holding a place of the authority).
 */
const RECORD_TABLES: { table: string; type: string; key: string[]; owner: 'ics_code' | 'la_code' }[] = [
  { table: 'commissioned_services', type: 'Service', key: ['service_code'], owner: 'ics_code' },
  { table: 'housing_plan_lines', type: 'HousingPlanLine', key: ['ics_code', 'la_code', 'accommodation_type', 'cohort_code', 'year'], owner: 'ics_code' },
  { table: 'workforce_plan_lines', type: 'WorkforcePlanLine', key: ['ics_code', 'role', 'pathway_stage_code', 'year'], owner: 'ics_code' },
  { table: 'finance_plan_lines', type: 'FinancePlanLine', key: ['ics_code', 'funding_source', 'pathway_stage_code', 'cohort_code', 'year', 'expenditure_type'], owner: 'ics_code' },
  { table: 'assessed_needs', type: 'Need', key: ['la_code', 'cohort_code', 'need_category_code', 'pathway_stage_code', 'year', 'basis'], owner: 'la_code' },
  { table: 'inpatient_census', type: 'InpatientCensus', key: ['ics_code', 'population_group_code', 'commissioner', 'period_end'], owner: 'ics_code' },
  { table: 'targets', type: 'Target', key: ['metric_code', 'ics_code', 'population_group_code', 'due'], owner: 'ics_code' },
  { table: 'metric_values', type: 'MetricValue', key: ['ics_code', 'metric_code', 'period_end'], owner: 'ics_code' },
];

/**
 * Record versions and the audit trail.
 *
 * Every plan record carries a `version`, 1 when written first and incremented by a trigger on every update that
 * changes it, by a mutation or by an import alike (the import's upsert updates only rows whose values differ), so
 * an editor's `expectedVersion` is compared against every kind of change.
 *
 * `audit_trail` holds a row per change of a plan record: who (`audit.actor`, set for its transaction by the
 * mutation or the import; the database user otherwise), when, the ICSs concerned, the record type, the natural
 * key, the values before and after, and why. Statement-level triggers with transition tables write it in the
 * change's own transaction, one `insert … select` per statement, so an import of thousands of rows adds one
 * statement per batch, not one per row. The table is append-only: a trigger refuses update, delete and truncate.
 */
export class Migration20261129115000_record_versions_audit_trail extends Migration {
  override name = 'Migration20261129115000_record_versions_audit_trail';

  override up(): void {
    this.addSql(`create table "audit_trail" (
      "id" bigserial primary key,
      "changed_at" timestamptz not null default clock_timestamp(),
      "actor" text not null,
      "actor_name" text null,
      "ics_codes" text[] not null,
      "record_type" text not null,
      "natural_key" jsonb not null,
      "before" jsonb null,
      "after" jsonb null,
      "reason" text null
    );`);
    this.addSql(`create index "audit_trail_changed_at_index" on "audit_trail" ("changed_at", "id");`);
    this.addSql(`create index "audit_trail_ics_codes_index" on "audit_trail" using gin ("ics_codes");`);

    this.addSql(`create function "audit_trail_refuse_change"() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only: % is refused', tg_op using errcode = 'insufficient_privilege';
end
$$;`);
    this.addSql(`create trigger "audit_trail_append_only" before update or delete on "audit_trail"
      for each row execute function "audit_trail_refuse_change"();`);
    this.addSql(`create trigger "audit_trail_no_truncate" before truncate on "audit_trail"
      for each statement execute function "audit_trail_refuse_change"();`);

    this.addSql(`create function "bump_record_version"() returns trigger language plpgsql as $$
begin
  new."version" := old."version" + 1;
  return new;
end
$$;`);

    // Arguments: record type, key columns (comma-separated), owner column (ics_code or la_code). The statement is
    // built once per triggering statement and reads the transition tables (new_rows, old_rows) set-wise: a hash
    // join for a local authority's ICSs, not a lookup per row.
    this.addSql(`create function "audit_record_changes"() returns trigger language plpgsql as $$
declare
  key_columns text[] := string_to_array(tg_argv[1], ',');
  by_authority boolean := tg_argv[2] = 'la_code';
  natural_key text;
  owners text;
  changes text;
  source text;
begin
  select 'jsonb_build_object(' || string_agg(format('%L, r.%I', k, k), ', ') || ')' into natural_key from unnest(key_columns) k;
  owners := case
    when by_authority then 'coalesce(held.ics_codes, ''{}'')'
    when tg_op = 'UPDATE' then 'array(select distinct c from unnest(array[r.ics_code, o.ics_code]) c where c is not null order by c)'
    else 'array_remove(array[r.ics_code::text], null)' end;
  changes := case tg_op
    when 'INSERT' then 'null::jsonb, to_jsonb(r) - ''id'''
    when 'UPDATE' then 'to_jsonb(o) - ''id'', to_jsonb(r) - ''id'''
    else 'to_jsonb(r) - ''id'', null::jsonb' end;
  source := case tg_op
    when 'INSERT' then 'new_rows r'
    when 'UPDATE' then 'old_rows o join new_rows r on r.id = o.id'
    else 'old_rows r' end;
  if by_authority then
    source := source || ' left join (select la_code, array_agg(distinct ics_code order by ics_code) as ics_codes
      from places group by la_code) held on held.la_code = r.la_code';
  end if;
  execute format('insert into audit_trail (actor, actor_name, ics_codes, record_type, natural_key, before, after, reason)
    select $1, $2, %s, $3, %s, %s, $4 from %s', owners, natural_key, changes, source)
  using coalesce(nullif(current_setting('audit.actor', true), ''), session_user),
    nullif(current_setting('audit.actor_name', true), ''),
    tg_argv[0],
    nullif(current_setting('audit.reason', true), '');
  return null;
end
$$;`);
    for (const { table, type, key, owner } of RECORD_TABLES) {
      const args = `'${type}', '${key.join(',')}', '${owner}'`;
      this.addSql(`alter table "${table}" add column "version" int not null default 1;`);
      this.addSql(`create trigger "${table}_version" before update on "${table}"
        for each row execute function "bump_record_version"();`);
      this.addSql(`create trigger "${table}_audit_insert" after insert on "${table}" referencing new table as new_rows
        for each statement execute function "audit_record_changes"(${args});`);
      this.addSql(`create trigger "${table}_audit_update" after update on "${table}"
        referencing old table as old_rows new table as new_rows
        for each statement execute function "audit_record_changes"(${args});`);
      this.addSql(`create trigger "${table}_audit_delete" after delete on "${table}" referencing old table as old_rows
        for each statement execute function "audit_record_changes"(${args});`);
    }
  }

  override down(): void {
    for (const { table } of RECORD_TABLES) {
      for (const trigger of ['version', 'audit_insert', 'audit_update', 'audit_delete']) {
        this.addSql(`drop trigger if exists "${table}_${trigger}" on "${table}";`);
      }
      this.addSql(`alter table "${table}" drop column if exists "version";`);
    }
    this.addSql(`drop function if exists "audit_record_changes"();`);
    this.addSql(`drop function if exists "bump_record_version"();`);
    this.addSql(`drop table if exists "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_refuse_change"();`);
  }
}
