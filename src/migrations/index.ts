import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123061945_initial_domain_model } from './Migration20261123061945_initial_domain_model.js';
import { Migration20261123062000_reference_vocabularies } from './Migration20261123062000_reference_vocabularies.js';
import { Migration20261129070000_data_version } from './Migration20261129070000_data_version.js';
import { Migration20261129073127_place_share_sum } from './Migration20261129073127_place_share_sum.js';
import { Migration20261129083423_stage_direction } from './Migration20261129083423_stage_direction.js';
import { Migration20261129100000_cohorts_split_at_18 } from './Migration20261129100000_cohorts_split_at_18.js';
import { Migration20261129102000_service_basis } from './Migration20261129102000_service_basis.js';
import { Migration20261129103000_workforce_roles_finance_types } from './Migration20261129103000_workforce_roles_finance_types.js';
import { Migration20261129101000_inpatient_census } from './Migration20261129101000_inpatient_census.js';
import { Migration20261129104000_boundaries_validity } from './Migration20261129104000_boundaries_validity.js';
import { Migration20261129104100_place_share_sum_by_date } from './Migration20261129104100_place_share_sum_by_date.js';
import { Migration20261129112000_personal_budgets } from './Migration20261129112000_personal_budgets.js';
import { Migration20261129113000_workforce_training } from './Migration20261129113000_workforce_training.js';
import { Migration20261129111000_assessment_demand } from './Migration20261129111000_assessment_demand.js';
import { Migration20261129120000_register_and_return_versions } from './Migration20261129120000_register_and_return_versions.js';
import { Migration20261129160000_scenarios } from './Migration20261129160000_scenarios.js';
import { Migration20261129161000_maintained_gap_findings } from './Migration20261129161000_maintained_gap_findings.js';
import { Migration20261129115000_record_versions_audit_trail } from './Migration20261129115000_record_versions_audit_trail.js';
import { Migration20261129110000_dynamic_support_register } from './Migration20261129110000_dynamic_support_register.js';

// Listed explicitly so migrations load the same way under tsx, Jest and compiled output.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123061945_initial_domain_model', class: Migration20261123061945_initial_domain_model },
  { name: 'Migration20261123062000_reference_vocabularies', class: Migration20261123062000_reference_vocabularies },
  { name: 'Migration20261129070000_data_version', class: Migration20261129070000_data_version },
  { name: 'Migration20261129073127_place_share_sum', class: Migration20261129073127_place_share_sum },
  { name: 'Migration20261129083423_stage_direction', class: Migration20261129083423_stage_direction },
  { name: 'Migration20261129100000_cohorts_split_at_18', class: Migration20261129100000_cohorts_split_at_18 },
  { name: 'Migration20261129102000_service_basis', class: Migration20261129102000_service_basis },
  { name: 'Migration20261129103000_workforce_roles_finance_types', class: Migration20261129103000_workforce_roles_finance_types },
  { name: 'Migration20261129101000_inpatient_census', class: Migration20261129101000_inpatient_census },
  { name: 'Migration20261129104000_boundaries_validity', class: Migration20261129104000_boundaries_validity },
  { name: 'Migration20261129104100_place_share_sum_by_date', class: Migration20261129104100_place_share_sum_by_date },
  { name: 'Migration20261129111000_assessment_demand', class: Migration20261129111000_assessment_demand },
  { name: 'Migration20261129112000_personal_budgets', class: Migration20261129112000_personal_budgets },
  { name: 'Migration20261129113000_workforce_training', class: Migration20261129113000_workforce_training },
  { name: 'Migration20261129115000_record_versions_audit_trail', class: Migration20261129115000_record_versions_audit_trail },
  { name: 'Migration20261129110000_dynamic_support_register', class: Migration20261129110000_dynamic_support_register },
  { name: 'Migration20261129120000_register_and_return_versions', class: Migration20261129120000_register_and_return_versions },
  { name: 'Migration20261129160000_scenarios', class: Migration20261129160000_scenarios },
  { name: 'Migration20261129161000_maintained_gap_findings', class: Migration20261129161000_maintained_gap_findings },
];
