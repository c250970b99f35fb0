import { Migration } from '@mikro-orm/migrations';

/**
 * Stock and flow (DOMAIN.md v2): service types as data (code, label, stage, default basis); a service's
 * type, capacity basis and the ages it serves; two more commissioners; and a basis on every JSNA need row,
 * part of its natural key. Stored needs and services keep their rows: needs become CASELOAD, services get no
 * type, no explicit basis (so CASELOAD) and no age limits, which is what they meant before.
 */
export class Migration20261129102000_service_basis extends Migration {
  override name = 'Migration20261129102000_service_basis';

  override up(): void {
    this.addSql(`create table "service_types" ("code" varchar(40) not null, "label" varchar(255) not null,
      "pathway_stage_code" varchar(40) null, "default_basis" text not null default 'CASELOAD', "sort_order" int not null,
      primary key ("code"));`);
    this.addSql(`alter table "service_types" add constraint "service_types_sort_order_unique" unique ("sort_order");`);
    this.addSql(`alter table "service_types" add constraint "service_types_default_basis_check" check ("default_basis" in ('CASELOAD', 'PER_YEAR'));`);
    this.addSql(`alter table "service_types" add constraint "service_types_pathway_stage_code_foreign" foreign key ("pathway_stage_code") references "pathway_stages" ("code");`);
    this.addSql(`insert into "service_types" ("code", "label", "pathway_stage_code", "default_basis", "sort_order") values
      ('DIAGNOSTIC_ASSESSMENT', 'Diagnostic assessment', 'PREVENTION_EARLY_INTERVENTION', 'PER_YEAR', 1),
      ('ANNUAL_HEALTH_CHECK', 'Annual health check', 'PREVENTION_EARLY_INTERVENTION', 'PER_YEAR', 2),
      ('COMMUNITY_TEAM', 'Community team', 'COMMUNITY_SUPPORT', 'CASELOAD', 3),
      ('DAY_OPPORTUNITIES', 'Day opportunities', 'COMMUNITY_SUPPORT', 'CASELOAD', 4),
      ('EMPLOYMENT_SUPPORT', 'Employment support', 'COMMUNITY_SUPPORT', 'CASELOAD', 5),
      ('SHORT_BREAKS', 'Short breaks', 'COMMUNITY_SUPPORT', 'CASELOAD', 6),
      ('SUPPORTED_LIVING_SUPPORT', 'Support in supported living', 'HOUSING_AND_ACCOMMODATION', 'CASELOAD', 7),
      ('KEYWORKER', 'Keyworker', 'CRISIS_AND_INTENSIVE_SUPPORT', 'CASELOAD', 8),
      ('INTENSIVE_SUPPORT', 'Intensive support team', 'CRISIS_AND_INTENSIVE_SUPPORT', 'CASELOAD', 9),
      ('CRISIS_BED', 'Crisis bed', 'CRISIS_AND_INTENSIVE_SUPPORT', 'CASELOAD', 10),
      ('INPATIENT_BED', 'Inpatient bed', 'SPECIALIST_INPATIENT', 'CASELOAD', 11),
      ('DISCHARGE_SUPPORT', 'Discharge support', 'DISCHARGE_AND_STEP_DOWN', 'CASELOAD', 12),
      ('OTHER', 'Other', null, 'CASELOAD', 13);`);

    this.addSql(`alter table "commissioned_services" add "service_type_code" varchar(40) null, add "capacity_basis" text null,
      add "min_age" int null, add "max_age" int null;`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_service_type_code_foreign" foreign key ("service_type_code") references "service_types" ("code");`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_capacity_basis_check" check ("capacity_basis" in ('CASELOAD', 'PER_YEAR'));`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_ages_check" check ((min_age is null or min_age between 0 and 120) and (max_age is null or max_age between 0 and 120) and (min_age is null or max_age is null or min_age <= max_age));`);
    this.addSql(`alter table "commissioned_services" drop constraint "commissioned_services_commissioner_check";`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_commissioner_check" check ("commissioner" in ('ICB', 'LOCAL_AUTHORITY', 'JOINT', 'NHS_ENGLAND_SPECIALISED', 'PROVIDER_COLLABORATIVE'));`);

    this.addSql(`alter table "assessed_needs" add "basis" text not null default 'CASELOAD';`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_basis_check" check ("basis" in ('CASELOAD', 'PER_YEAR'));`);
    this.addSql(`alter table "assessed_needs" drop constraint "assessed_needs_la_code_cohort_code_need_category__68445_unique";`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_natural_key_unique" unique ("la_code", "cohort_code", "need_category_code", "pathway_stage_code", "year", "basis");`);
  }

  override down(): void {
    // Going back keeps only the CASELOAD needs (the old key cannot hold two bases) and the old commissioners' services.
    this.addSql(`delete from "assessed_needs" where "basis" <> 'CASELOAD';`);
    this.addSql(`alter table "assessed_needs" drop constraint "assessed_needs_natural_key_unique";`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_la_code_cohort_code_need_category__68445_unique" unique ("la_code", "cohort_code", "need_category_code", "pathway_stage_code", "year");`);
    this.addSql(`alter table "assessed_needs" drop constraint "assessed_needs_basis_check";`);
    this.addSql(`alter table "assessed_needs" drop column "basis";`);
    this.addSql(`alter table "commissioned_services" drop constraint "commissioned_services_commissioner_check";`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_commissioner_check" check ("commissioner" in ('ICB', 'LOCAL_AUTHORITY', 'JOINT')) not valid;`);
    this.addSql(`alter table "commissioned_services" drop constraint "commissioned_services_ages_check", drop constraint "commissioned_services_capacity_basis_check",
      drop constraint "commissioned_services_service_type_code_foreign";`);
    this.addSql(`alter table "commissioned_services" drop column "service_type_code", drop column "capacity_basis", drop column "min_age", drop column "max_age";`);
    this.addSql(`drop table "service_types";`);
  }
}
