import { financePlanFile } from '../dataset/files/finance_plan.js';
import { housingPlanFile } from '../dataset/files/housing_plan.js';
import { inpatientCensusFile } from '../dataset/files/inpatient_census.js';
import { metricsFile } from '../dataset/files/metrics.js';
import { needsFile } from '../dataset/files/needs.js';
import { servicesFile } from '../dataset/files/services.js';
import { targetsFile } from '../dataset/files/targets.js';
import { workforcePlanFile } from '../dataset/files/workforce_plan.js';
import { editable, type EditableRecord } from './editable-record.js';

/**
 * Every record the write API changes: one line each gives `save<Type>` and `delete<Type>`, validated and
 * written by the dataset file's own definition. (The table needs a `version` column and the audit triggers: see
 * migration 20261129115000.)
 */
export const editableRecords: readonly EditableRecord[] = [
  editable('Service', servicesFile, 'commissioned_services'),
  editable('HousingPlanLine', housingPlanFile, 'housing_plan_lines'),
  editable('WorkforcePlanLine', workforcePlanFile, 'workforce_plan_lines'),
  editable('FinancePlanLine', financePlanFile, 'finance_plan_lines'),
  editable('Need', needsFile, 'assessed_needs'),
  editable('InpatientCensus', inpatientCensusFile, 'inpatient_census'),
  editable('Target', targetsFile, 'targets'),
  editable('MetricValue', metricsFile, 'metric_values'),
];
