import { Migration } from '@mikro-orm/migrations';

/**
 * What-if scenarios: an ICS's named set of plan changes kept apart from the baseline (copy-on-write).
 *
 * `scenario_changes` holds one row per record the scenario changes: the record's type and natural key, the input
 * it was saved with (the same fields a `save<Record>` takes, replayed through the same writer) or a deletion mark,
 * the baseline version it was based on (null: the record did not exist; promotion fails with CONFLICT when the
 * baseline has moved from it) and the version the scenario gives it (what `expectedVersion` is checked against
 * inside the scenario). Baseline tables are never touched until promotion.
 */
export class Migration20261129160000_scenarios extends Migration {
  override name = 'Migration20261129160000_scenarios';

  override up(): void {
    this.addSql(`create table "scenarios" (
      "id" serial primary key,
      "ics_code" text not null,
      "name" text not null,
      "description" text null,
      "created_by" text not null,
      "created_by_name" text null,
      "created_at" timestamptz not null default clock_timestamp(),
      "status" text not null default 'OPEN' check ("status" in ('OPEN', 'PROMOTED', 'DISCARDED')),
      "closed_by" text null,
      "closed_at" timestamptz null
    );`);
    this.addSql(`create index "scenarios_ics_code_index" on "scenarios" ("ics_code", "id");`);
    this.addSql(`create table "scenario_changes" (
      "id" serial primary key,
      "scenario_id" int not null references "scenarios" ("id") on delete cascade,
      "record_type" text not null,
      "natural_key" jsonb not null,
      "input" jsonb not null,
      "deleted" boolean not null default false,
      "base_version" int null,
      "scenario_version" int not null,
      "changed_by" text not null,
      "changed_at" timestamptz not null default clock_timestamp(),
      "reason" text not null,
      unique ("scenario_id", "record_type", "natural_key")
    );`);
  }

  override down(): void {
    this.addSql('drop table if exists "scenario_changes";');
    this.addSql('drop table if exists "scenarios";');
  }
}
