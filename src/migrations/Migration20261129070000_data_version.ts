import { Migration } from '@mikro-orm/migrations';

/**
 * One row saying which data the database holds: a counter every import increments in its own transaction, when
 * the last import ran, and the financial years held. Servers read it on each request (HTTP ETags, warnings about
 * years outside the data), so an import by another process is seen at once. A plain table, no ORM entity: only
 * hand-written SQL (src/coverage/data-version.ts) touches it.
 */
export class Migration20261129070000_data_version extends Migration {
  override name = 'Migration20261129070000_data_version';

  override up(): void {
    this.addSql(`create table "data_version" (
      "id" smallint not null default 1 primary key check ("id" = 1),
      "version" int not null,
      "imported_at" timestamptz null,
      "years" int[] not null
    );`);
    // A database migrated with data already in it starts at version 1, with the years it holds.
    this.addSql(`insert into "data_version" ("id", "version", "imported_at", "years")
      select 1, case when cardinality(held.years) > 0 then 1 else 0 end, null, held.years
      from (select coalesce(array_agg(year order by year), '{}') as years from (
        select year from assessed_needs union select year from housing_plan_lines
        union select year from workforce_plan_lines union select year from finance_plan_lines) y) held;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "data_version";`);
  }
}
