import { Migration } from '@mikro-orm/migrations';

/**
 * Boundaries over time (DOMAIN.md v2): ICB ODS codes of 5 characters (the ICBs established on 1 April 2026,
 * e.g. S1Y5D), a validity on ICSs and places, and the successions linking an abolished ICS to its successors.
 * Stored rows keep their values: no validity means valid since always and still valid.
 *
 * Every column holding an ICB's ODS code is widened to 5 characters: the key itself and every column with a
 * foreign key to it, found in the catalogue so a table added by another migration before this one is widened
 * too. Widening a varchar rewrites nothing.
 *
 * A place's natural key becomes (ics_code, la_code, valid_from). A blank `valid_from` ("since always") is
 * stored as null and the unique index treats nulls as equal (`nulls not distinct`), so a re-import of a row
 * without dates updates that row instead of adding another, and the export gives the blank back.
 */
export class Migration20261129104000_boundaries_validity extends Migration {
  override name = 'Migration20261129104000_boundaries_validity';

  override up(): void {
    this.addSql(`alter table "integrated_care_systems" alter column "ods_code" type varchar(5);`);
    this.addSql(`do $$
declare
  referencing record;
begin
  for referencing in
    select c.conrelid::regclass as table_name, a.attname as column_name
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'integrated_care_systems'::regclass
  loop
    execute format('alter table %s alter column %I type varchar(5)', referencing.table_name, referencing.column_name);
  end loop;
end
$$;`);

    this.addSql(`alter table "integrated_care_systems" add "valid_from" date null, add "valid_to" date null;`);
    this.addSql(`alter table "integrated_care_systems" add constraint "integrated_care_systems_validity_check"
      check ("valid_to" is null or "valid_from" is null or "valid_to" >= "valid_from");`);

    this.addSql(`alter table "places" add "valid_from" date null, add "valid_to" date null;`);
    this.addSql(`alter table "places" add constraint "places_validity_check"
      check ("valid_to" is null or "valid_from" is null or "valid_to" >= "valid_from");`);
    this.addSql(`alter table "places" drop constraint "places_ics_code_la_code_unique";`);
    this.addSql(`create unique index "places_natural_key" on "places" ("ics_code", "la_code", "valid_from") nulls not distinct;`);

    this.addSql(`create table "ics_successions" (
      "predecessor_ods_code" varchar(5) not null references "integrated_care_systems" ("ods_code"),
      "successor_ods_code" varchar(5) not null references "integrated_care_systems" ("ods_code"),
      "effective_date" date not null,
      "part_moved" text not null,
      primary key ("predecessor_ods_code", "successor_ods_code"),
      constraint "ics_successions_not_itself_check" check ("predecessor_ods_code" <> "successor_ods_code"));`);
    this.addSql(`create index "ics_successions_successor_ods_code_index" on "ics_successions" ("successor_ods_code");`);
  }

  override down(): void {
    this.addSql(`drop table "ics_successions";`);
    this.addSql(`drop index "places_natural_key";`);
    this.addSql(`alter table "places" add constraint "places_ics_code_la_code_unique" unique ("ics_code", "la_code");`);
    this.addSql(`alter table "places" drop constraint "places_validity_check";`);
    this.addSql(`alter table "places" drop column "valid_from", drop column "valid_to";`);
    this.addSql(`alter table "integrated_care_systems" drop constraint "integrated_care_systems_validity_check";`);
    this.addSql(`alter table "integrated_care_systems" drop column "valid_from", drop column "valid_to";`);
  }
}
