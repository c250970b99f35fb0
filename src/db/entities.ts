import { Cohort } from '../vocabulary/Cohort.entity.js';
import { NeedCategory } from '../vocabulary/NeedCategory.entity.js';
import { PathwayStage } from '../vocabulary/PathwayStage.entity.js';
import { PopulationGroup } from '../vocabulary/PopulationGroup.entity.js';
import { ServiceType } from '../vocabulary/ServiceType.entity.js';
import { Region } from '../organisation/Region.entity.js';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Place } from '../organisation/Place.entity.js';
import { IcsSuccession } from '../organisation/IcsSuccession.entity.js';
import { PopulationEstimate } from '../population/PopulationEstimate.entity.js';
import { AssessedNeed } from '../need/AssessedNeed.entity.js';
import { CommissionedService } from '../service/CommissionedService.entity.js';
import { HousingPlanLine } from '../housing/HousingPlanLine.entity.js';
import { WorkforcePlanLine } from '../workforce/WorkforcePlanLine.entity.js';
import { WorkforceRole } from '../workforce/WorkforceRole.entity.js';
import { FinancePlanLine } from '../finance/FinancePlanLine.entity.js';
import { UnitCost } from '../finance/UnitCost.entity.js';
import { Metric } from '../outcome/Metric.entity.js';
import { Target } from '../outcome/Target.entity.js';
import { MetricValue } from '../outcome/MetricValue.entity.js';
import { InpatientCensus } from '../inpatient/InpatientCensus.entity.js';
import { PersonalBudget } from '../personal-budget/PersonalBudget.entity.js';
import { WorkforceTraining } from '../workforce/WorkforceTraining.entity.js';
import { AssessmentDemand } from '../assessment/AssessmentDemand.entity.js';
import { DynamicSupportRegisterRow } from '../dsr/DynamicSupportRegisterRow.entity.js';

export const entities = [
  Cohort,
  NeedCategory,
  PathwayStage,
  PopulationGroup,
  ServiceType,
  Region,
  IntegratedCareSystem,
  LocalAuthority,
  Place,
  IcsSuccession,
  PopulationEstimate,
  AssessedNeed,
  CommissionedService,
  HousingPlanLine,
  WorkforceRole,
  WorkforcePlanLine,
  FinancePlanLine,
  UnitCost,
  Metric,
  Target,
  MetricValue,
  InpatientCensus,
  PersonalBudget,
  WorkforceTraining,
  AssessmentDemand,
  DynamicSupportRegisterRow,
];
