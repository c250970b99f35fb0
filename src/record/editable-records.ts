import { assessmentDemandFile } from '../dataset/files/assessment_demand.js';
import { dynamicSupportRegisterFile } from '../dataset/files/dynamic_support_register.js';
import { financePlanFile } from '../dataset/files/finance_plan.js';
import { housingPlanFile } from '../dataset/files/housing_plan.js';
import { inpatientCensusFile } from '../dataset/files/inpatient_census.js';
import { metricsFile } from '../dataset/files/metrics.js';
import { needsFile } from '../dataset/files/needs.js';
import { servicesFile } from '../dataset/files/services.js';
import { personalBudgetsFile } from '../dataset/files/personal_budgets.js';
import { targetsFile } from '../dataset/files/targets.js';
import { workforcePlanFile } from '../dataset/files/workforce_plan.js';
import { workforceTrainingFile } from '../dataset/files/workforce_training.js';
import { editable, type EditableRecord } from './editable-record.js';

/**
 * Every record the write API changes: one line each gives `save<Type>` and `delete<Type>`, validated and
 * written by the dataset file's own definition. (The table needs a `version` column and the audit triggers: see
 * migrations 20261129115000 and 20261129120000.)
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
  editable('DynamicSupportRegisterLine', dynamicSupportRegisterFile, 'dynamic_support_register'),
  editable('AssessmentDemand', assessmentDemandFile, 'assessment_demand'),
  editable('PersonalBudget', personalBudgetsFile, 'personal_budgets'),
  editable('WorkforceTraining', workforceTrainingFile, 'workforce_training'),
];
