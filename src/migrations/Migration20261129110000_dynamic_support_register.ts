import { Migration } from '@mikro-orm/migrations';

/**
 * The dynamic support register (DOMAIN.md v2): the ICB's register of the residents of each of its places at risk
 * of admission, per cohort × need category at each period end — RED, AMBER, GREEN, BLUE — and, where the return
 * gives them, how many of the RED, AMBER and BLUE have a keyworker allocated.
 */
export class Migration20261129110000_dynamic_support_register extends Migration {
  override name = 'Migration20261129110000_dynamic_support_register';

  override up(): void {
    this.addSql(`create table "dynamic_support_register" (
      "id" serial primary key,
      "ics_code" varchar(5) not null references "integrated_care_systems" ("ods_code"),
      "la_code" varchar(9) not null references "local_authorities" ("ons_code"),
      "cohort_code" varchar(40) not null references "cohorts" ("code"),
      "need_category_code" varchar(40) not null references "need_categories" ("code"),
      "period_end" date not null,
      "red" int not null,
      "amber" int not null,
      "green" int not null,
      "blue" int not null,
      "red_with_keyworker" int null,
      "amber_with_keyworker" int null,
      "blue_with_keyworker" int null,
      constraint "dynamic_support_register_natural_key"
        unique ("ics_code", "la_code", "cohort_code", "need_category_code", "period_end"),
      constraint "dynamic_support_register_counts_check" check ("red" >= 0 and "amber" >= 0 and "green" >= 0
        and "blue" >= 0 and "red_with_keyworker" >= 0 and "amber_with_keyworker" >= 0 and "blue_with_keyworker" >= 0),
      constraint "dynamic_support_register_keyworkers_check" check ("red_with_keyworker" <= "red"
        and "amber_with_keyworker" <= "amber" and "blue_with_keyworker" <= "blue"));`);
    // The gap statements read a place's register by its period ends.
    this.addSql(`create index "dynamic_support_register_place_period" on "dynamic_support_register" ("ics_code", "la_code", "period_end");`);
  }

  override down(): void {
    this.addSql(`drop table "dynamic_support_register";`);
  }
}
