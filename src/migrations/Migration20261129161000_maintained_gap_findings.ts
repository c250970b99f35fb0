import { Migration } from '@mikro-orm/migrations';

/**
 * Gap findings maintained with the data (src/gap/maintained/): every place and ICS finding of every domain and
 * year on the default boundaries (each year on its own 1 April), with its explanation, re-derived by the same
 * statements as a read in the transaction of each import and edit, for the ICSs the change touches.
 *
 * `maintained_gap_findings` holds the findings' columns (FINDING_COLUMNS, ungraded: severity is graded on read,
 * as thresholds are configurable), the explanation, the as-of date they were derived on and when. One row of
 * `maintained_gap_findings_state` says what the rows were derived for: the data version, the as-of date and the
 * clearance years. A read for anything else (another date, a version moved by a migration) is not served from
 * them. Plain tables, no ORM entity: only hand-written SQL touches them.
 */
export class Migration20261129161000_maintained_gap_findings extends Migration {
  override name = 'Migration20261129161000_maintained_gap_findings';

  override up(): void {
    this.addSql(`create table "maintained_gap_findings" (
      "id" bigserial primary key,
      "domain" text not null,
      "level" text not null,
      "ics_code" text not null,
      "la_code" text null,
      "cohort_code" text null,
      "need_category_code" text null,
      "pathway_stage_code" text null,
      "role" text null,
      "year" int not null,
      "need" numeric null,
      "provision" numeric null,
      "unit" text not null,
      "basis" text null,
      "population_group" text null,
      "need_source" text null,
      "role_name" text null,
      "target_rate_per_million" numeric null,
      "actual_rate_per_million" numeric null,
      "direction" text not null,
      "direct_payment_people" numeric null,
      "phb_people" numeric null,
      "projected_waiting_list" numeric null,
      "months_to_standard" numeric null,
      "implied_wait_weeks" numeric null,
      "explanation" jsonb null,
      "as_of_date" date not null,
      "refreshed_at" timestamptz not null default clock_timestamp()
    );`);
    // A national page of one year reads by level and year; a one-ICS read and a re-derivation by ICS.
    this.addSql(`create index "maintained_gap_findings_level_year_index" on "maintained_gap_findings" ("level", "year");`);
    this.addSql(`create index "maintained_gap_findings_ics_index" on "maintained_gap_findings" ("ics_code", "level", "year");`);
    this.addSql(`create table "maintained_gap_findings_state" (
      "id" smallint not null default 1 primary key check ("id" = 1),
      "data_version" int null,
      "as_of_date" date null,
      "clearance_years" text null,
      "refreshed_at" timestamptz null
    );`);
    // Derived for nothing yet: reads compute findings until the first import or edit derives them.
    this.addSql(`insert into "maintained_gap_findings_state" ("id") values (1);`);
  }

  override down(): void {
    this.addSql(`drop table if exists "maintained_gap_findings_state";`);
    this.addSql(`drop table if exists "maintained_gap_findings";`);
  }
}
