import { assessmentDemandFile } from './files/assessment_demand.js';
import { financePlanFile } from './files/finance_plan.js';
import { housingPlanFile } from './files/housing_plan.js';
import { icsSuccessionsFile } from './files/ics_successions.js';
import { inpatientCensusFile } from './files/inpatient_census.js';
import { integratedCareSystemsFile } from './files/integrated_care_systems.js';
import { localAuthoritiesFile } from './files/local_authorities.js';
import { metricsFile } from './files/metrics.js';
import { needsFile } from './files/needs.js';
import { placesFile } from './files/places.js';
import { personalBudgetsFile } from './files/personal_budgets.js';
import { populationFile } from './files/population.js';
import { servicesFile } from './files/services.js';
import { targetsFile } from './files/targets.js';
import { unitCostsFile } from './files/unit_costs.js';
import { workforcePlanFile } from './files/workforce_plan.js';
import { workforceTrainingFile } from './files/workforce_training.js';
import { dynamicSupportRegisterFile } from './files/dynamic_support_register.js';
import type { FileSpec } from './spec.js';

/**
 * Every dataset file, in the order they are imported: each refers only to files before it. Each is one
 * definition in `files/<file>.ts` (columns, validation, keys, tables written, export query), so a new
 * register arrives as one file plus one line here, and the importer and the export read the same definition.
 */
export const datasetFiles: readonly FileSpec[] = [
  integratedCareSystemsFile,
  icsSuccessionsFile,
  localAuthoritiesFile,
  placesFile,
  populationFile,
  needsFile,
  servicesFile,
  housingPlanFile,
  workforcePlanFile,
  financePlanFile,
  unitCostsFile,
  targetsFile,
  metricsFile,
  inpatientCensusFile,
  dynamicSupportRegisterFile,
  assessmentDemandFile,
  personalBudgetsFile,
  workforceTrainingFile,
];
