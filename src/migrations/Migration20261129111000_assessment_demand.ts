import { Migration } from '@mikro-orm/migrations';

/**
 * Diagnostic assessment demand (DOMAIN.md v2): per local authority × need category × cohort at each period end,
 * the flows of the period ending then (referrals, closed without assessment, assessments completed) and the
 * waiting list at it (all waiting, and waiting 13 weeks or more — NICE's standard).
 */
export class Migration20261129111000_assessment_demand extends Migration {
  override name = 'Migration20261129111000_assessment_demand';

  override up(): void {
    this.addSql(`create table "assessment_demand" (
      "id" serial primary key,
      "la_code" varchar(9) not null references "local_authorities" ("ons_code"),
      "need_category_code" varchar(40) not null references "need_categories" ("code"),
      "cohort_code" varchar(40) not null references "cohorts" ("code"),
      "period_end" date not null,
      "referrals" int not null,
      "closed_without_assessment" int not null,
      "completed" int not null,
      "waiting" int not null,
      "waiting_13_weeks_plus" int not null,
      constraint "assessment_demand_natural_key" unique ("la_code", "need_category_code", "cohort_code", "period_end"),
      constraint "assessment_demand_counts_check" check ("referrals" >= 0 and "closed_without_assessment" >= 0
        and "completed" >= 0 and "waiting" >= 0 and "waiting_13_weeks_plus" >= 0),
      constraint "assessment_demand_subsets_check" check ("closed_without_assessment" <= "referrals"
        and "waiting_13_weeks_plus" <= "waiting"));`);
  }

  override down(): void {
    this.addSql(`drop table "assessment_demand";`);
  }
}
