import { Migration } from '@mikro-orm/migrations';

export class Migration20261123061945_initial_domain_model extends Migration {

  override name = 'Migration20261123061945_initial_domain_model';

  override up(): void | Promise<void> {
    this.addSql(`create table "cohorts" ("code" varchar(40) not null, "label" varchar(255) not null, "min_age" int not null, "max_age" int null, "sort_order" int not null, primary key ("code"));`);
    this.addSql(`alter table "cohorts" add constraint "cohorts_sort_order_unique" unique ("sort_order");`);

    this.addSql(`create table "local_authorities" ("ons_code" varchar(9) not null, "name" varchar(255) not null, "tier" text not null, primary key ("ons_code"));`);

    this.addSql(`create table "need_categories" ("code" varchar(40) not null, "label" varchar(255) not null, "sort_order" int not null, primary key ("code"));`);
    this.addSql(`alter table "need_categories" add constraint "need_categories_sort_order_unique" unique ("sort_order");`);

    this.addSql(`create table "pathway_stages" ("code" varchar(40) not null, "label" varchar(255) not null, "description" text not null, "sort_order" int not null, primary key ("code"));`);
    this.addSql(`alter table "pathway_stages" add constraint "pathway_stages_sort_order_unique" unique ("sort_order");`);

    this.addSql(`create table "assessed_needs" ("id" serial primary key, "la_code" varchar(9) not null, "cohort_code" varchar(40) not null, "need_category_code" varchar(40) not null, "pathway_stage_code" varchar(40) not null, "year" int not null, "people" int not null, "source" text not null);`);
    this.addSql(`create index "assessed_needs_pathway_stage_code_year_index" on "assessed_needs" ("pathway_stage_code", "year");`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_la_code_cohort_code_need_category__68445_unique" unique ("la_code", "cohort_code", "need_category_code", "pathway_stage_code", "year");`);

    this.addSql(`create table "population_estimates" ("id" serial primary key, "la_code" varchar(9) not null, "cohort_code" varchar(40) not null, "year" int not null, "people" int not null);`);
    this.addSql(`alter table "population_estimates" add constraint "population_estimates_la_code_cohort_code_year_unique" unique ("la_code", "cohort_code", "year");`);

    this.addSql(`create table "population_groups" ("code" varchar(40) not null, "label" varchar(255) not null, "min_age" int not null, "max_age" int null, primary key ("code"));`);

    this.addSql(`create table "metrics" ("code" varchar(80) not null, "name" varchar(255) not null, "unit" varchar(255) not null, "direction" text not null, "population_group_code" varchar(40) not null, primary key ("code"));`);

    this.addSql(`create table "regions" ("ods_code" varchar(3) not null, "ons_code" varchar(9) null, "name" varchar(255) not null, primary key ("ods_code"));`);
    this.addSql(`alter table "regions" add constraint "regions_ons_code_unique" unique ("ons_code");`);

    this.addSql(`create table "integrated_care_systems" ("ods_code" varchar(3) not null, "ons_code" varchar(9) not null, "name" varchar(255) not null, "region_ods_code" varchar(3) not null, primary key ("ods_code"));`);
    this.addSql(`alter table "integrated_care_systems" add constraint "integrated_care_systems_ons_code_unique" unique ("ons_code");`);
    this.addSql(`create index "integrated_care_systems_region_ods_code_index" on "integrated_care_systems" ("region_ods_code");`);

    this.addSql(`create table "places" ("id" serial primary key, "ics_code" varchar(3) not null, "la_code" varchar(9) not null, "population_share" numeric(7,6) not null);`);
    this.addSql(`create index "places_la_code_index" on "places" ("la_code");`);
    this.addSql(`alter table "places" add constraint "places_ics_code_la_code_unique" unique ("ics_code", "la_code");`);

    this.addSql(`create table "metric_values" ("id" serial primary key, "ics_code" varchar(3) not null, "metric_code" varchar(80) not null, "period_end" date not null, "value" numeric(14,4) not null);`);
    this.addSql(`create index "metric_values_metric_code_index" on "metric_values" ("metric_code");`);
    this.addSql(`alter table "metric_values" add constraint "metric_values_ics_code_metric_code_period_end_unique" unique ("ics_code", "metric_code", "period_end");`);

    this.addSql(`create table "housing_plan_lines" ("id" serial primary key, "ics_code" varchar(3) not null, "la_code" varchar(9) null, "accommodation_type" text not null, "cohort_code" varchar(40) not null, "year" int not null, "bed_spaces" int not null);`);
    this.addSql(`create unique index "housing_plan_lines_natural_key" on "housing_plan_lines" ("ics_code", "la_code", "accommodation_type", "cohort_code", "year") nulls not distinct;`);

    this.addSql(`create table "finance_plan_lines" ("id" serial primary key, "ics_code" varchar(3) not null, "funding_source" text not null, "pathway_stage_code" varchar(40) not null, "cohort_code" varchar(40) not null, "year" int not null, "amount_gbp" numeric(16,2) not null, "pooled" boolean not null);`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_ics_code_funding_source_pathwa_5504b_unique" unique ("ics_code", "funding_source", "pathway_stage_code", "cohort_code", "year");`);

    this.addSql(`create table "commissioned_services" ("id" serial primary key, "service_code" varchar(40) not null, "name" varchar(255) not null, "ics_code" varchar(3) not null, "la_code" varchar(9) null, "commissioner" text not null, "provider" varchar(255) not null, "pathway_stage_code" varchar(40) not null, "capacity_people" int not null, "start_date" date not null, "end_date" date null);`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_service_code_unique" unique ("service_code");`);
    this.addSql(`create index "commissioned_services_la_code_index" on "commissioned_services" ("la_code");`);
    this.addSql(`create index "commissioned_services_ics_code_pathway_stage_code_index" on "commissioned_services" ("ics_code", "pathway_stage_code");`);

    this.addSql(`create table "commissioned_service_need_categories" ("service_id" int not null, "need_category_code" varchar(40) not null, primary key ("service_id", "need_category_code"));`);

    this.addSql(`create table "commissioned_service_cohorts" ("service_id" int not null, "cohort_code" varchar(40) not null, primary key ("service_id", "cohort_code"));`);

    this.addSql(`create table "targets" ("id" serial primary key, "metric_code" varchar(80) not null, "ics_code" varchar(3) null, "target_value" numeric(14,4) not null, "due" date not null, "source" text not null);`);
    this.addSql(`create unique index "targets_natural_key" on "targets" ("metric_code", "ics_code", "due") nulls not distinct;`);

    this.addSql(`create table "unit_costs" ("id" serial primary key, "pathway_stage_code" varchar(40) not null, "cohort_code" varchar(40) not null, "year" int not null, "annual_cost_per_person_gbp" numeric(14,2) not null);`);
    this.addSql(`alter table "unit_costs" add constraint "unit_costs_pathway_stage_code_cohort_code_year_unique" unique ("pathway_stage_code", "cohort_code", "year");`);

    this.addSql(`create table "workforce_plan_lines" ("id" serial primary key, "ics_code" varchar(3) not null, "role" varchar(80) not null, "pathway_stage_code" varchar(40) not null, "year" int not null, "wte_in_post" numeric(10,2) not null, "wte_planned" numeric(10,2) not null, "wte_required" numeric(10,2) not null);`);
    this.addSql(`alter table "workforce_plan_lines" add constraint "workforce_plan_lines_ics_code_role_pathway_stage__e1276_unique" unique ("ics_code", "role", "pathway_stage_code", "year");`);

    this.addSql(`alter table "cohorts" add constraint "cohorts_ages_check" check (min_age >= 0 and (max_age is null or max_age >= min_age));`);

    this.addSql(`alter table "local_authorities" add constraint "local_authorities_tier_check" check ("tier" in ('UNITARY', 'COUNTY', 'METROPOLITAN_DISTRICT', 'LONDON_BOROUGH'));`);

    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_la_code_foreign" foreign key ("la_code") references "local_authorities" ("ons_code");`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_cohort_code_foreign" foreign key ("cohort_code") references "cohorts" ("code");`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_need_category_code_foreign" foreign key ("need_category_code") references "need_categories" ("code");`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_pathway_stage_code_foreign" foreign key ("pathway_stage_code") references "pathway_stages" ("code");`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_year_check" check (year >= 2000 and year <= 2100);`);
    this.addSql(`alter table "assessed_needs" add constraint "assessed_needs_people_check" check (people >= 0);`);

    this.addSql(`alter table "population_estimates" add constraint "population_estimates_la_code_foreign" foreign key ("la_code") references "local_authorities" ("ons_code");`);
    this.addSql(`alter table "population_estimates" add constraint "population_estimates_cohort_code_foreign" foreign key ("cohort_code") references "cohorts" ("code");`);
    this.addSql(`alter table "population_estimates" add constraint "population_estimates_year_check" check (year >= 2000 and year <= 2100);`);
    this.addSql(`alter table "population_estimates" add constraint "population_estimates_people_check" check (people >= 0);`);

    this.addSql(`alter table "population_groups" add constraint "population_groups_ages_check" check (min_age >= 0 and (max_age is null or max_age >= min_age));`);

    this.addSql(`alter table "metrics" add constraint "metrics_population_group_code_foreign" foreign key ("population_group_code") references "population_groups" ("code");`);
    this.addSql(`alter table "metrics" add constraint "metrics_direction_check" check ("direction" in ('AT_MOST', 'AT_LEAST'));`);

    this.addSql(`alter table "integrated_care_systems" add constraint "integrated_care_systems_region_ods_code_foreign" foreign key ("region_ods_code") references "regions" ("ods_code");`);

    this.addSql(`alter table "places" add constraint "places_ics_code_foreign" foreign key ("ics_code") references "integrated_care_systems" ("ods_code");`);
    this.addSql(`alter table "places" add constraint "places_la_code_foreign" foreign key ("la_code") references "local_authorities" ("ons_code");`);
    this.addSql(`alter table "places" add constraint "places_population_share_check" check (population_share > 0 and population_share <= 1);`);

    this.addSql(`alter table "metric_values" add constraint "metric_values_ics_code_foreign" foreign key ("ics_code") references "integrated_care_systems" ("ods_code");`);
    this.addSql(`alter table "metric_values" add constraint "metric_values_metric_code_foreign" foreign key ("metric_code") references "metrics" ("code");`);

    this.addSql(`alter table "housing_plan_lines" add constraint "housing_plan_lines_ics_code_foreign" foreign key ("ics_code") references "integrated_care_systems" ("ods_code");`);
    this.addSql(`alter table "housing_plan_lines" add constraint "housing_plan_lines_la_code_foreign" foreign key ("la_code") references "local_authorities" ("ons_code") on delete no action;`);
    this.addSql(`alter table "housing_plan_lines" add constraint "housing_plan_lines_cohort_code_foreign" foreign key ("cohort_code") references "cohorts" ("code");`);
    this.addSql(`alter table "housing_plan_lines" add constraint "housing_plan_lines_year_check" check (year >= 2000 and year <= 2100);`);
    this.addSql(`alter table "housing_plan_lines" add constraint "housing_plan_lines_bed_spaces_check" check (bed_spaces >= 0);`);
    this.addSql(`alter table "housing_plan_lines" add constraint "housing_plan_lines_accommodation_type_check" check ("accommodation_type" in ('SUPPORTED_LIVING', 'SHARED_LIVES', 'RESIDENTIAL_CARE', 'SPECIALIST_HOUSING', 'FORENSIC_HOUSING'));`);

    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_ics_code_foreign" foreign key ("ics_code") references "integrated_care_systems" ("ods_code");`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_pathway_stage_code_foreign" foreign key ("pathway_stage_code") references "pathway_stages" ("code");`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_cohort_code_foreign" foreign key ("cohort_code") references "cohorts" ("code");`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_year_check" check (year >= 2000 and year <= 2100);`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_amount_check" check (amount_gbp >= 0);`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_funding_source_check" check ("funding_source" in ('ICB_BASELINE', 'LOCAL_AUTHORITY', 'BETTER_CARE_FUND', 'SERVICE_DEVELOPMENT_FUNDING', 'CAPITAL'));`);

    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_ics_code_foreign" foreign key ("ics_code") references "integrated_care_systems" ("ods_code");`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_la_code_foreign" foreign key ("la_code") references "local_authorities" ("ons_code") on delete no action;`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_pathway_stage_code_foreign" foreign key ("pathway_stage_code") references "pathway_stages" ("code");`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_dates_check" check (end_date is null or end_date >= start_date);`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_capacity_check" check (capacity_people >= 0);`);
    this.addSql(`alter table "commissioned_services" add constraint "commissioned_services_commissioner_check" check ("commissioner" in ('ICB', 'LOCAL_AUTHORITY', 'JOINT'));`);

    this.addSql(`alter table "commissioned_service_need_categories" add constraint "commissioned_service_need_categories_service_id_foreign" foreign key ("service_id") references "commissioned_services" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commissioned_service_need_categories" add constraint "commissioned_service_need_categories_need_category_code_foreign" foreign key ("need_category_code") references "need_categories" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "commissioned_service_cohorts" add constraint "commissioned_service_cohorts_service_id_foreign" foreign key ("service_id") references "commissioned_services" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commissioned_service_cohorts" add constraint "commissioned_service_cohorts_cohort_code_foreign" foreign key ("cohort_code") references "cohorts" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "targets" add constraint "targets_metric_code_foreign" foreign key ("metric_code") references "metrics" ("code");`);
    this.addSql(`alter table "targets" add constraint "targets_ics_code_foreign" foreign key ("ics_code") references "integrated_care_systems" ("ods_code") on delete no action;`);

    this.addSql(`alter table "unit_costs" add constraint "unit_costs_pathway_stage_code_foreign" foreign key ("pathway_stage_code") references "pathway_stages" ("code");`);
    this.addSql(`alter table "unit_costs" add constraint "unit_costs_cohort_code_foreign" foreign key ("cohort_code") references "cohorts" ("code");`);
    this.addSql(`alter table "unit_costs" add constraint "unit_costs_year_check" check (year >= 2000 and year <= 2100);`);
    this.addSql(`alter table "unit_costs" add constraint "unit_costs_amount_check" check (annual_cost_per_person_gbp >= 0);`);

    this.addSql(`alter table "workforce_plan_lines" add constraint "workforce_plan_lines_ics_code_foreign" foreign key ("ics_code") references "integrated_care_systems" ("ods_code");`);
    this.addSql(`alter table "workforce_plan_lines" add constraint "workforce_plan_lines_pathway_stage_code_foreign" foreign key ("pathway_stage_code") references "pathway_stages" ("code");`);
    this.addSql(`alter table "workforce_plan_lines" add constraint "workforce_plan_lines_role_check" check (role ~ '^[A-Z][A-Z0-9_]*\$');`);
    this.addSql(`alter table "workforce_plan_lines" add constraint "workforce_plan_lines_year_check" check (year >= 2000 and year <= 2100);`);
    this.addSql(`alter table "workforce_plan_lines" add constraint "workforce_plan_lines_wte_check" check (wte_in_post >= 0 and wte_planned >= 0 and wte_required >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessed_needs" drop constraint "assessed_needs_cohort_code_foreign";`);
    this.addSql(`alter table "population_estimates" drop constraint "population_estimates_cohort_code_foreign";`);
    this.addSql(`alter table "housing_plan_lines" drop constraint "housing_plan_lines_cohort_code_foreign";`);
    this.addSql(`alter table "finance_plan_lines" drop constraint "finance_plan_lines_cohort_code_foreign";`);
    this.addSql(`alter table "commissioned_service_cohorts" drop constraint "commissioned_service_cohorts_cohort_code_foreign";`);
    this.addSql(`alter table "unit_costs" drop constraint "unit_costs_cohort_code_foreign";`);
    this.addSql(`alter table "assessed_needs" drop constraint "assessed_needs_la_code_foreign";`);
    this.addSql(`alter table "population_estimates" drop constraint "population_estimates_la_code_foreign";`);
    this.addSql(`alter table "places" drop constraint "places_la_code_foreign";`);
    this.addSql(`alter table "housing_plan_lines" drop constraint "housing_plan_lines_la_code_foreign";`);
    this.addSql(`alter table "commissioned_services" drop constraint "commissioned_services_la_code_foreign";`);
    this.addSql(`alter table "assessed_needs" drop constraint "assessed_needs_need_category_code_foreign";`);
    this.addSql(`alter table "commissioned_service_need_categories" drop constraint "commissioned_service_need_categories_need_category_code_foreign";`);
    this.addSql(`alter table "assessed_needs" drop constraint "assessed_needs_pathway_stage_code_foreign";`);
    this.addSql(`alter table "finance_plan_lines" drop constraint "finance_plan_lines_pathway_stage_code_foreign";`);
    this.addSql(`alter table "commissioned_services" drop constraint "commissioned_services_pathway_stage_code_foreign";`);
    this.addSql(`alter table "unit_costs" drop constraint "unit_costs_pathway_stage_code_foreign";`);
    this.addSql(`alter table "workforce_plan_lines" drop constraint "workforce_plan_lines_pathway_stage_code_foreign";`);
    this.addSql(`alter table "metrics" drop constraint "metrics_population_group_code_foreign";`);
    this.addSql(`alter table "metric_values" drop constraint "metric_values_metric_code_foreign";`);
    this.addSql(`alter table "targets" drop constraint "targets_metric_code_foreign";`);
    this.addSql(`alter table "integrated_care_systems" drop constraint "integrated_care_systems_region_ods_code_foreign";`);
    this.addSql(`alter table "places" drop constraint "places_ics_code_foreign";`);
    this.addSql(`alter table "metric_values" drop constraint "metric_values_ics_code_foreign";`);
    this.addSql(`alter table "housing_plan_lines" drop constraint "housing_plan_lines_ics_code_foreign";`);
    this.addSql(`alter table "finance_plan_lines" drop constraint "finance_plan_lines_ics_code_foreign";`);
    this.addSql(`alter table "commissioned_services" drop constraint "commissioned_services_ics_code_foreign";`);
    this.addSql(`alter table "targets" drop constraint "targets_ics_code_foreign";`);
    this.addSql(`alter table "workforce_plan_lines" drop constraint "workforce_plan_lines_ics_code_foreign";`);
    this.addSql(`alter table "commissioned_service_need_categories" drop constraint "commissioned_service_need_categories_service_id_foreign";`);
    this.addSql(`alter table "commissioned_service_cohorts" drop constraint "commissioned_service_cohorts_service_id_foreign";`);

    this.addSql(`drop table if exists "cohorts" cascade;`);
    this.addSql(`drop table if exists "local_authorities" cascade;`);
    this.addSql(`drop table if exists "need_categories" cascade;`);
    this.addSql(`drop table if exists "pathway_stages" cascade;`);
    this.addSql(`drop table if exists "assessed_needs" cascade;`);
    this.addSql(`drop table if exists "population_estimates" cascade;`);
    this.addSql(`drop table if exists "population_groups" cascade;`);
    this.addSql(`drop table if exists "metrics" cascade;`);
    this.addSql(`drop table if exists "regions" cascade;`);
    this.addSql(`drop table if exists "integrated_care_systems" cascade;`);
    this.addSql(`drop table if exists "places" cascade;`);
    this.addSql(`drop table if exists "metric_values" cascade;`);
    this.addSql(`drop table if exists "housing_plan_lines" cascade;`);
    this.addSql(`drop table if exists "finance_plan_lines" cascade;`);
    this.addSql(`drop table if exists "commissioned_services" cascade;`);
    this.addSql(`drop table if exists "commissioned_service_need_categories" cascade;`);
    this.addSql(`drop table if exists "commissioned_service_cohorts" cascade;`);
    this.addSql(`drop table if exists "targets" cascade;`);
    this.addSql(`drop table if exists "unit_costs" cascade;`);
    this.addSql(`drop table if exists "workforce_plan_lines" cascade;`);
  }

}
