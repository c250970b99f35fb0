import { Migration } from '@mikro-orm/migrations';

/**
 * Personal budgets (DOMAIN.md v2): people per local authority × cohort × need category × year by budget type
 * (SOCIAL_CARE, PHB) and delivery mechanism, as the social care and NHS returns count them, with the year's spend
 * and how many of them hold an integrated (health and care blended) budget. A new table: no stored data changes.
 */
export class Migration20261129112000_personal_budgets extends Migration {
  override name = 'Migration20261129112000_personal_budgets';

  override up(): void {
    this.addSql(`create table "personal_budgets" (
      "id" serial primary key,
      "la_code" varchar(9) not null references "local_authorities" ("ons_code"),
      "cohort_code" varchar(40) not null references "cohorts" ("code"),
      "need_category_code" varchar(40) not null references "need_categories" ("code"),
      "year" int not null,
      "budget_type" text not null,
      "delivery_mechanism" text not null,
      "people" int not null,
      "annual_spend_gbp" numeric(16,2) not null,
      "integrated" int null,
      constraint "personal_budgets_natural_key"
        unique ("la_code", "cohort_code", "need_category_code", "year", "budget_type", "delivery_mechanism"),
      constraint "personal_budgets_year_check" check ("year" >= 2000 and "year" <= 2100),
      constraint "personal_budgets_mechanism_check" check (
        ("budget_type" = 'SOCIAL_CARE' and "delivery_mechanism" in
          ('DIRECT_PAYMENT_ONLY', 'PART_DIRECT_PAYMENT', 'MANAGED_PERSONAL_BUDGET', 'COMMISSIONED_SUPPORT_ONLY'))
        or ("budget_type" = 'PHB' and "delivery_mechanism" in ('NOTIONAL', 'THIRD_PARTY', 'DIRECT_PAYMENT'))),
      constraint "personal_budgets_counts_check" check ("people" >= 0 and "annual_spend_gbp" >= 0 and "integrated" >= 0),
      constraint "personal_budgets_integrated_check" check ("integrated" <= "people"));`);
    this.addSql(`create index "personal_budgets_year_index" on "personal_budgets" ("year", "la_code");`);
  }

  override down(): void {
    this.addSql(`drop table "personal_budgets";`);
  }
}
