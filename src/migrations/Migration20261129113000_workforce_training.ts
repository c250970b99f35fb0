import { Migration } from '@mikro-orm/migrations';

/**
 * Oliver McGowan training returns (DOMAIN.md v2, `workforce_training.csv`): staff in scope and completed for tier 1
 * and tier 2, per ICS × organisation type × year. `workforce_training_metrics` says, as data, which outcome metric
 * each tier's coverage measures, so `metricStatus` reads those metrics' values from the returns (as the inpatient
 * metrics are read from the census).
 */
export class Migration20261129113000_workforce_training extends Migration {
  override name = 'Migration20261129113000_workforce_training';

  override up(): void {
    this.addSql(`create table "workforce_training" (
      "id" serial primary key,
      "ics_code" varchar(5) not null references "integrated_care_systems" ("ods_code"),
      "organisation_type" text not null,
      "year" int not null,
      "tier1_in_scope" int not null,
      "tier1_completed" int not null,
      "tier2_in_scope" int not null,
      "tier2_completed" int not null,
      constraint "workforce_training_natural_key" unique ("ics_code", "organisation_type", "year"),
      constraint "workforce_training_organisation_type_check" check ("organisation_type" in ('NHS', 'LOCAL_AUTHORITY', 'INDEPENDENT')),
      constraint "workforce_training_year_check" check ("year" >= 2000 and "year" <= 2100),
      constraint "workforce_training_counts_check" check ("tier1_in_scope" >= 0 and "tier1_completed" >= 0
        and "tier2_in_scope" >= 0 and "tier2_completed" >= 0),
      constraint "workforce_training_completed_check" check ("tier1_completed" <= "tier1_in_scope"
        and "tier2_completed" <= "tier2_in_scope"));`);

    this.addSql(`create table "workforce_training_metrics" (
      "metric_code" varchar(80) primary key,
      "tier" int not null unique check ("tier" in (1, 2)));`);
    this.addSql(`insert into "workforce_training_metrics" ("metric_code", "tier") values
      ('OLIVER_MCGOWAN_TIER1_COVERAGE', 1), ('OLIVER_MCGOWAN_TIER2_COVERAGE', 2);`);
  }

  override down(): void {
    this.addSql(`drop table "workforce_training_metrics";`);
    this.addSql(`drop table "workforce_training";`);
  }
}
