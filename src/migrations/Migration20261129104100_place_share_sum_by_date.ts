import { Migration } from '@mikro-orm/migrations';

/**
 * Places have validity periods now: one authority's shares sum to at most 1 at each date, not over all its
 * rows (two consecutive periods may each sum to 1). The sum can only rise where a period starts, so the
 * function checks the sum at each start date of the authority's places ("since always", a null
 * `valid_from`, as the earliest) and reports the first date over 1. Same constraint name, SQLSTATE and JSON
 * detail as before, with the date added (`at`, null for "since always"); the trigger now also fires when a
 * validity changes.
 */
export class Migration20261129104100_place_share_sum_by_date extends Migration {
  override name = 'Migration20261129104100_place_share_sum_by_date';

  override up(): void {
    this.addSql(`create or replace function "places_population_share_sum_check"() returns trigger language plpgsql as $$
declare
  over_one record;
begin
  -- Writers of one authority's places take turns here, so two transactions adding share at once
  -- cannot each see only their own part. (No key update: foreign keys' key-share locks do not wait on it.)
  perform 1 from "local_authorities" where "ons_code" = new."la_code" for no key update;
  select starts."at", sum(p."population_share") as total into over_one
  from (select distinct coalesce("valid_from", '-infinity'::date) as "at" from "places" where "la_code" = new."la_code") starts
  join "places" p on p."la_code" = new."la_code"
    and coalesce(p."valid_from", '-infinity'::date) <= starts."at"
    and (p."valid_to" is null or p."valid_to" >= starts."at")
  group by starts."at"
  having sum(p."population_share") > 1
  order by starts."at"
  limit 1;
  if found then
    raise exception 'local authority %: population shares sum to % on %; at most 1',
      new."la_code", trim_scale(over_one.total), over_one."at"
      using errcode = 'check_violation',
            constraint = 'places_population_share_sum',
            table = 'places',
            column = 'population_share',
            detail = json_build_object(
              'la_code', new."la_code",
              'sum', trim_scale(over_one.total)::text,
              'at', case when over_one."at" = '-infinity'::date then null else to_char(over_one."at", 'YYYY-MM-DD') end
            )::text;
  end if;
  return null;
end
$$;`);
    this.addSql(`drop trigger "places_population_share_sum" on "places";`);
    this.addSql(`create constraint trigger "places_population_share_sum"
      after insert or update of "la_code", "population_share", "valid_from", "valid_to" on "places"
      deferrable initially deferred
      for each row execute function "places_population_share_sum_check"();`);
  }

  override down(): void {
    this.addSql(`drop trigger "places_population_share_sum" on "places";`);
    this.addSql(`create or replace function "places_population_share_sum_check"() returns trigger language plpgsql as $$
declare
  total numeric;
begin
  perform 1 from "local_authorities" where "ons_code" = new."la_code" for no key update;
  select sum("population_share") into total from "places" where "la_code" = new."la_code";
  if total > 1 then
    raise exception 'local authority %: population shares sum to %; at most 1', new."la_code", trim_scale(total)
      using errcode = 'check_violation',
            constraint = 'places_population_share_sum',
            table = 'places',
            column = 'population_share',
            detail = json_build_object('la_code', new."la_code", 'sum', trim_scale(total)::text)::text;
  end if;
  return null;
end
$$;`);
    this.addSql(`create constraint trigger "places_population_share_sum"
      after insert or update of "la_code", "population_share" on "places"
      deferrable initially deferred
      for each row execute function "places_population_share_sum_check"();`);
  }
}
