import { Migration } from '@mikro-orm/migrations';

/**
 * Which way is good at each pathway stage, held as data: MEET_NEED stages have sufficiency findings; at
 * SPECIALIST_INPATIENT fewer is better (REDUCE), so the gap engine gives it no SERVICES or FINANCE findings.
 */
export class Migration20261129083423_stage_direction extends Migration {
  override name = 'Migration20261129083423_stage_direction';

  override up(): void {
    this.addSql(`alter table "pathway_stages" add "direction" text not null default 'MEET_NEED';`);
    this.addSql(`alter table "pathway_stages" add constraint "pathway_stages_direction_check" check ("direction" in ('MEET_NEED', 'REDUCE'));`);
    this.addSql(`update "pathway_stages" set "direction" = case "code" when 'SPECIALIST_INPATIENT' then 'REDUCE' else 'MEET_NEED' end
      where "code" in ('PREVENTION_EARLY_INTERVENTION', 'COMMUNITY_SUPPORT', 'HOUSING_AND_ACCOMMODATION',
        'CRISIS_AND_INTENSIVE_SUPPORT', 'SPECIALIST_INPATIENT', 'DISCHARGE_AND_STEP_DOWN');`);
  }

  override down(): void {
    this.addSql(`alter table "pathway_stages" drop constraint "pathway_stages_direction_check";`);
    this.addSql(`alter table "pathway_stages" drop column "direction";`);
  }
}
