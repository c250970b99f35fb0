import { Migration } from '@mikro-orm/migrations';

/**
 * The vocabularies every dataset refers to: life-stage cohorts (ages inclusive), need categories,
 * pathway stages in pathway order, and the population groups national targets are set for.
 * They are data: a later migration (or an import) may add need categories without code changes.
 */
export class Migration20261123062000_reference_vocabularies extends Migration {
  override name = 'Migration20261123062000_reference_vocabularies';

  override up(): void {
    this.addSql(`insert into "cohorts" ("code", "label", "min_age", "max_age", "sort_order") values
      ('EARLY_YEARS', 'Early years (0–4)', 0, 4, 1),
      ('PRIMARY_SCHOOL', 'Primary school age (5–10)', 5, 10, 2),
      ('SECONDARY_SCHOOL', 'Secondary school age (11–13)', 11, 13, 3),
      ('PREPARING_FOR_ADULTHOOD', 'Preparing for adulthood (14–25)', 14, 25, 4),
      ('ADULTS', 'Adults (26–64)', 26, 64, 5),
      ('OLDER_ADULTS', 'Older adults (65+)', 65, null, 6);`);
    this.addSql(`insert into "need_categories" ("code", "label", "sort_order") values
      ('LEARNING_DISABILITY', 'Learning disability', 1),
      ('AUTISM', 'Autism', 2),
      ('LEARNING_DISABILITY_AND_AUTISM', 'Learning disability and autism', 3);`);
    this.addSql(`insert into "pathway_stages" ("code", "label", "description", "sort_order") values
      ('PREVENTION_EARLY_INTERVENTION', 'Prevention and early intervention', 'Annual health checks, early support, keyworkers, diagnostic assessment', 1),
      ('COMMUNITY_SUPPORT', 'Community support', 'Community teams, day opportunities, personal budgets and direct payments, employment support', 2),
      ('HOUSING_AND_ACCOMMODATION', 'Housing and accommodation', 'Supported living, shared lives, residential, specialist and forensic housing', 3),
      ('CRISIS_AND_INTENSIVE_SUPPORT', 'Crisis and intensive support', 'Intensive support teams, admission avoidance, crisis beds, dynamic support register follow-up', 4),
      ('SPECIALIST_INPATIENT', 'Specialist inpatient care', 'Mental health and learning disability and autism inpatient beds', 5),
      ('DISCHARGE_AND_STEP_DOWN', 'Discharge and step-down', 'Discharge packages, step-down, transition funding while home and hospital care both run', 6);`);
    this.addSql(`insert into "population_groups" ("code", "label", "min_age", "max_age") values
      ('UNDER_18', 'Under-18s', 0, 17),
      ('ADULTS', 'Adults (18+)', 18, null),
      ('AGE_14_PLUS', 'People aged 14 and over', 14, null),
      ('ALL_AGES', 'All ages', 0, null);`);
  }

  override down(): void {
    this.addSql(`delete from "population_groups";`);
    this.addSql(`delete from "pathway_stages";`);
    this.addSql(`delete from "need_categories";`);
    this.addSql(`delete from "cohorts";`);
  }
}
