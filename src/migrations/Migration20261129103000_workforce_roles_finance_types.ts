import { Migration } from '@mikro-orm/migrations';

/**
 * Common learning disability and autism workforce roles, each with the code derived from its name
 * (capitals, words joined by _), so a plan may name a role as plans do or give its code.
 */
export const WORKFORCE_ROLES: readonly (readonly [code: string, name: string])[] = [
  ['LEARNING_DISABILITY_NURSE', 'Learning disability nurse'],
  ['MENTAL_HEALTH_NURSE', 'Mental health nurse'],
  ['SUPPORT_WORKER', 'Support worker'],
  ['KEYWORKER', 'Keyworker'],
  ['SOCIAL_WORKER', 'Social worker'],
  ['CLINICAL_PSYCHOLOGIST', 'Clinical psychologist'],
  ['ASSISTANT_PSYCHOLOGIST', 'Assistant psychologist'],
  ['PSYCHIATRIST', 'Psychiatrist'],
  ['POSITIVE_BEHAVIOUR_SUPPORT_PRACTITIONER', 'Positive behaviour support practitioner'],
  ['AUTISM_DIAGNOSTIC_CLINICIAN', 'Autism diagnostic clinician'],
  ['OCCUPATIONAL_THERAPIST', 'Occupational therapist'],
  ['SPEECH_AND_LANGUAGE_THERAPIST', 'Speech and language therapist'],
  ['PHYSIOTHERAPIST', 'Physiotherapist'],
  ['PEER_SUPPORT_WORKER', 'Peer support worker'],
];

const quoted = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * v2 workforce roles and finance expenditure types, keeping stored data:
 * - `workforce_roles`, the roles vocabulary (code and name), seeded with common roles; codes already used by
 *   stored plan lines are added with a name spelled from the code (LD_NURSE → "Ld nurse"), and plan lines
 *   refer to it.
 * - `finance_plan_lines.expenditure_type` REVENUE or CAPITAL: stored lines of the CAPITAL source become
 *   CAPITAL, all others REVENUE; a CAPITAL source line is never REVENUE. The natural key gains the type, and
 *   the funding sources gain DOWRY (funding that follows a person discharged after 5+ years in hospital).
 */
export class Migration20261129103000_workforce_roles_finance_types extends Migration {
  override name = 'Migration20261129103000_workforce_roles_finance_types';

  override up(): void {
    this.addSql(`create table "workforce_roles" ("code" varchar(80) primary key, "name" varchar(120) not null,
      constraint "workforce_roles_code_check" check ("code" ~ '^[A-Z][A-Z0-9_]*$'),
      constraint "workforce_roles_name_check" check ("name" <> ''));`);
    this.addSql(`create unique index "workforce_roles_name_unique" on "workforce_roles" (lower("name"));`);
    this.addSql(`insert into "workforce_roles" ("code", "name") values
      ${WORKFORCE_ROLES.map(([code, name]) => `(${quoted(code)}, ${quoted(name)})`).join(',\n      ')};`);
    this.addSql(`insert into "workforce_roles" ("code", "name")
      select distinct w."role", upper(left(w."role", 1)) || lower(replace(substr(w."role", 2), '_', ' '))
      from "workforce_plan_lines" w where w."role" not in (select "code" from "workforce_roles");`);
    this.addSql(`alter table "workforce_plan_lines" add constraint "workforce_plan_lines_role_foreign"
      foreign key ("role") references "workforce_roles" ("code");`);

    this.addSql(`alter table "finance_plan_lines" add "expenditure_type" text not null default 'REVENUE';`);
    this.addSql(`update "finance_plan_lines" set "expenditure_type" = 'CAPITAL' where "funding_source" = 'CAPITAL';`);
    this.addSql(`alter table "finance_plan_lines" alter column "expenditure_type" drop default;`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_expenditure_type_check"
      check ("expenditure_type" in ('REVENUE', 'CAPITAL') and ("funding_source" <> 'CAPITAL' or "expenditure_type" = 'CAPITAL'));`);
    this.addSql(`alter table "finance_plan_lines" drop constraint "finance_plan_lines_funding_source_check";`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_funding_source_check"
      check ("funding_source" in ('ICB_BASELINE', 'LOCAL_AUTHORITY', 'BETTER_CARE_FUND', 'SERVICE_DEVELOPMENT_FUNDING', 'DOWRY', 'CAPITAL'));`);
    this.addSql(`alter table "finance_plan_lines" drop constraint "finance_plan_lines_ics_code_funding_source_pathwa_5504b_unique";`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_natural_key_unique"
      unique ("ics_code", "funding_source", "pathway_stage_code", "cohort_code", "year", "expenditure_type");`);
  }

  override down(): void {
    this.addSql(`alter table "finance_plan_lines" drop constraint "finance_plan_lines_natural_key_unique";`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_ics_code_funding_source_pathwa_5504b_unique"
      unique ("ics_code", "funding_source", "pathway_stage_code", "cohort_code", "year");`);
    this.addSql(`alter table "finance_plan_lines" drop constraint "finance_plan_lines_funding_source_check";`);
    this.addSql(`alter table "finance_plan_lines" add constraint "finance_plan_lines_funding_source_check"
      check ("funding_source" in ('ICB_BASELINE', 'LOCAL_AUTHORITY', 'BETTER_CARE_FUND', 'SERVICE_DEVELOPMENT_FUNDING', 'CAPITAL'));`);
    this.addSql(`alter table "finance_plan_lines" drop constraint "finance_plan_lines_expenditure_type_check";`);
    this.addSql(`alter table "finance_plan_lines" drop column "expenditure_type";`);
    this.addSql(`alter table "workforce_plan_lines" drop constraint "workforce_plan_lines_role_foreign";`);
    this.addSql(`drop table "workforce_roles";`);
  }
}
