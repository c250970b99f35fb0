import { Migration } from '@mikro-orm/migrations';

/**
 * The inpatient census (DOMAIN.md v2) and targets in their own unit and population group.
 *
 * Stored data is kept:
 * - The population group ADULTS (18+) takes its DOMAIN.md code AGE_18_PLUS; metrics naming it follow.
 * - Each stored target takes the population group of its metric, and a unit read from the metric's old free-text
 *   unit: "per million …" → PER_MILLION, "percent"/"%" → PERCENT, anything else → COUNT. Values are not
 *   reinterpreted: a local trajectory stored per million stays per million until targets.csv is imported again
 *   (its rows then replace these by the natural key metric_code, scope, population_group, due). Metrics' units
 *   become the same codes.
 * - The v1 inpatient metric codes INPATIENTS_ADULT_PER_MILLION and INPATIENTS_U18_PER_MILLION become
 *   INPATIENTS_ADULT and INPATIENTS_UNDER_18 (with their targets and recorded values), unless those codes are
 *   already stored, so a re-import of the corrected targets.csv updates the same targets.
 * - Commissioners gain NHS_ENGLAND_SPECIALISED and PROVIDER_COLLABORATIVE (one vocabulary for services and census).
 */
export class Migration20261129101000_inpatient_census extends Migration {
  override name = 'Migration20261129101000_inpatient_census';

  override up(): void {
    this.addSql(`insert into "population_groups" ("code", "label", "min_age", "max_age")
      select 'AGE_18_PLUS', 'Adults (18+)', 18, null
      where not exists (select 1 from "population_groups" where "code" = 'AGE_18_PLUS');`);
    this.addSql(`update "metrics" set "population_group_code" = 'AGE_18_PLUS' where "population_group_code" = 'ADULTS';`);
    this.addSql(`delete from "population_groups" where "code" = 'ADULTS';`);

    this.addSql(`alter table "commissioned_services" drop constraint if exists "commissioned_services_commissioner_check";`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_commissioner_check"
      check ("commissioner" in ('ICB', 'LOCAL_AUTHORITY', 'JOINT', 'NHS_ENGLAND_SPECIALISED', 'PROVIDER_COLLABORATIVE'));`);

    this.renameMetric('INPATIENTS_ADULT_PER_MILLION', 'INPATIENTS_ADULT');
    this.renameMetric('INPATIENTS_U18_PER_MILLION', 'INPATIENTS_UNDER_18');

    const unitOf = (column: string) => `case when ${column} ilike '%per million%' then 'PER_MILLION'
      when ${column} ilike '%percent%' or ${column} like '%\\%%' then 'PERCENT' else 'COUNT' end`;
    this.addSql(`alter table "targets" add "population_group_code" varchar(40) null, add "unit" text null;`);
    this.addSql(`update "targets" t set "population_group_code" = m."population_group_code", "unit" = ${unitOf('m."unit"')}
      from "metrics" m where m."code" = t."metric_code";`);
    this.addSql(`update "metrics" set "unit" = ${unitOf('"unit"')} where "unit" not in ('COUNT', 'PER_MILLION', 'PERCENT');`);
    this.addSql(`alter table "targets" alter column "population_group_code" set not null, alter column "unit" set not null;`);
    this.addSql(`alter table "targets" add constraint "targets_population_group_code_foreign"
      foreign key ("population_group_code") references "population_groups" ("code");`);
    this.addSql(`alter table "targets" add constraint "targets_unit_check" check ("unit" in ('COUNT', 'PER_MILLION', 'PERCENT'));`);
    this.addSql(`drop index "targets_natural_key";`);
    this.addSql(`create unique index "targets_natural_key" on "targets" ("metric_code", "ics_code", "population_group_code", "due") nulls not distinct;`);

    this.addSql(`create table "inpatient_census" (
      "id" serial primary key,
      "ics_code" varchar(5) not null references "integrated_care_systems" ("ods_code"),
      "population_group_code" varchar(40) not null references "population_groups" ("code"),
      "commissioner" text not null,
      "period_end" date not null,
      "inpatients" int not null,
      "total_los_5_years_plus" int not null,
      "outside_home_icb" int not null,
      "admissions" int not null,
      "transfers" int not null,
      "discharges" int not null,
      "cetr_due" int not null,
      "cetr_on_time" int not null,
      "status" text null,
      constraint "inpatient_census_natural_key" unique ("ics_code", "population_group_code", "commissioner", "period_end"),
      constraint "inpatient_census_population_group_check" check ("population_group_code" in ('UNDER_18', 'AGE_18_PLUS')),
      constraint "inpatient_census_commissioner_check"
        check ("commissioner" in ('ICB', 'LOCAL_AUTHORITY', 'JOINT', 'NHS_ENGLAND_SPECIALISED', 'PROVIDER_COLLABORATIVE')),
      constraint "inpatient_census_status_check" check ("status" in ('PROVISIONAL', 'FINAL')),
      constraint "inpatient_census_counts_check" check ("inpatients" >= 0 and "total_los_5_years_plus" >= 0
        and "outside_home_icb" >= 0 and "admissions" >= 0 and "transfers" >= 0 and "discharges" >= 0
        and "cetr_due" >= 0 and "cetr_on_time" >= 0),
      constraint "inpatient_census_subsets_check" check ("total_los_5_years_plus" <= "inpatients"
        and "outside_home_icb" <= "inpatients" and "cetr_on_time" <= "cetr_due"));`);

    // Which metric each census group measures: the inpatient metrics are judged on the census, as data.
    this.addSql(`create table "inpatient_census_metrics" (
      "metric_code" varchar(80) primary key,
      "population_group_code" varchar(40) not null unique references "population_groups" ("code"));`);
    this.addSql(`insert into "inpatient_census_metrics" ("metric_code", "population_group_code") values
      ('INPATIENTS_ADULT', 'AGE_18_PLUS'), ('INPATIENTS_UNDER_18', 'UNDER_18');`);
  }

  /** Moves a v1 metric (its definition, targets and values) to its v2 code, when only the v1 code is stored. */
  private renameMetric(from: string, to: string): void {
    this.addSql(`do $$ begin
      if exists (select 1 from "metrics" where "code" = '${from}') and not exists (select 1 from "metrics" where "code" = '${to}') then
        insert into "metrics" ("code", "name", "unit", "direction", "population_group_code")
          select '${to}', "name", "unit", "direction", "population_group_code" from "metrics" where "code" = '${from}';
        update "targets" set "metric_code" = '${to}' where "metric_code" = '${from}';
        update "metric_values" set "metric_code" = '${to}' where "metric_code" = '${from}';
        delete from "metrics" where "code" = '${from}';
      end if;
    end $$;`);
  }

  override down(): void {
    this.addSql(`drop table "inpatient_census_metrics";`);
    this.addSql(`drop table "inpatient_census";`);
    this.addSql(`drop index "targets_natural_key";`);
    this.addSql(`create unique index "targets_natural_key" on "targets" ("metric_code", "ics_code", "due") nulls not distinct;`);
    this.addSql(`alter table "targets" drop constraint "targets_unit_check", drop constraint "targets_population_group_code_foreign";`);
    this.addSql(`alter table "targets" drop column "unit", drop column "population_group_code";`);
  }
}
