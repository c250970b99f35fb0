import { Migration } from '@mikro-orm/migrations';

/**
 * The registers and returns added beside the plans (dynamic support register, assessment demand, personal budgets,
 * Oliver McGowan training) become editable like them: a `version` on each record and the audit triggers, using the
 * functions of migration 20261129115000 (record type, natural key, and whose the record is).
 */
const RECORD_TABLES: { table: string; type: string; key: string[]; owner: 'ics_code' | 'la_code' }[] = [
  { table: 'dynamic_support_register', type: 'DynamicSupportRegisterLine', key: ['ics_code', 'la_code', 'cohort_code', 'need_category_code', 'period_end'], owner: 'ics_code' },
  { table: 'assessment_demand', type: 'AssessmentDemand', key: ['la_code', 'need_category_code', 'cohort_code', 'period_end'], owner: 'la_code' },
  { table: 'personal_budgets', type: 'PersonalBudget', key: ['la_code', 'cohort_code', 'need_category_code', 'year', 'budget_type', 'delivery_mechanism'], owner: 'la_code' },
  { table: 'workforce_training', type: 'WorkforceTraining', key: ['ics_code', 'organisation_type', 'year'], owner: 'ics_code' },
];

export class Migration20261129120000_register_and_return_versions extends Migration {
  override name = 'Migration20261129120000_register_and_return_versions';

  override up(): void {
    for (const { table, type, key, owner } of RECORD_TABLES) {
      const args = `'${type}', '${key.join(',')}', '${owner}'`;
      this.addSql(`alter table "${table}" add column "version" int not null default 1;`);
      this.addSql(`create trigger "${table}_version" before update on "${table}"
        for each row execute function "bump_record_version"();`);
      this.addSql(`create trigger "${table}_audit_insert" after insert on "${table}" referencing new table as new_rows
        for each statement execute function "audit_record_changes"(${args});`);
      this.addSql(`create trigger "${table}_audit_update" after update on "${table}"
        referencing old table as old_rows new table as new_rows
        for each statement execute function "audit_record_changes"(${args});`);
      this.addSql(`create trigger "${table}_audit_delete" after delete on "${table}" referencing old table as old_rows
        for each statement execute function "audit_record_changes"(${args});`);
    }
  }

  override down(): void {
    for (const { table } of RECORD_TABLES) {
      for (const trigger of ['version', 'audit_insert', 'audit_update', 'audit_delete']) {
        this.addSql(`drop trigger if exists "${table}_${trigger}" on "${table}";`);
      }
      this.addSql(`alter table "${table}" drop column if exists "version";`);
    }
  }
}
