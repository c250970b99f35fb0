import { Migration } from '@mikro-orm/migrations';

/**
 * One local authority's population shares across all ICSs sum to at most 1 (DOMAIN.md v2, "Place").
 * A constraint trigger, deferred to commit, so a transaction may move share from one ICS to another in
 * any order of writes and is judged on where it ends. It raises check_violation (23514) under the
 * constraint name `places_population_share_sum`, with a JSON detail (`la_code`, `sum`) the importer
 * reads to name the authority, never the message text.
 */
export class Migration20261129073127_place_share_sum extends Migration {
  override name = 'Migration20261129073127_place_share_sum';

  override up(): void {
    this.addSql(`create function "places_population_share_sum_check"() returns trigger language plpgsql as $$
declare
  total numeric;
begin
  -- Writers of one authority's places take turns here, so two transactions adding share at once
  -- cannot each see only their own part. (No key update: foreign keys' key-share locks do not wait on it.)
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

  override down(): void {
    this.addSql(`drop trigger "places_population_share_sum" on "places";`);
    this.addSql(`drop function "places_population_share_sum_check"();`);
  }
}
