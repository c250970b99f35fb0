import type { NonEmptyArray } from 'type-graphql';
import { IntegratedCareSystemResolver } from '../organisation/IntegratedCareSystem.resolver.js';
import { IntegratedCareSystemServicesResolver, CommissionedServiceResolver } from '../service/service.resolver.js';
import { IntegratedCareSystemHousingResolver, HousingPlanLineResolver } from '../housing/housing.resolver.js';
import { IntegratedCareSystemWorkforceResolver, WorkforcePlanLineResolver } from '../workforce/workforce.resolver.js';
import { IntegratedCareSystemFinanceResolver, FinancePlanLineResolver } from '../finance/finance.resolver.js';
import {
  IntegratedCareSystemMetricsResolver,
  MetricValueResolver,
  TargetResolver,
} from '../outcome/outcome.resolver.js';
import { LocalAuthorityResolver } from '../organisation/LocalAuthority.resolver.js';
import { PlaceResolver } from '../organisation/Place.resolver.js';
import { IcsSuccessionResolver } from '../organisation/IcsSuccession.resolver.js';
import { VocabularyResolver } from '../vocabulary/vocabulary.resolver.js';
import { GapFindingResolver } from '../gap/GapFinding.resolver.js';
import { IntegratedCareSystemGapResolver } from '../gap/IntegratedCareSystemGap.resolver.js';
import { PlaceGapResolver } from '../gap/PlaceGap.resolver.js';
import { GapAnalyticsResolver } from '../gap/analytics/GapAnalytics.resolver.js';
import { IntegratedCareSystemMetricStatusResolver } from '../outcome/MetricStatus.resolver.js';
import { IntegratedCareSystemInpatientCensusResolver } from '../inpatient/inpatient.resolver.js';
import { IntegratedCareSystemPersonalBudgetsResolver, PlacePersonalBudgetsResolver } from '../personal-budget/personal-budget.resolver.js';
import {
  IntegratedCareSystemAssessmentDemandResolver,
  PlaceAssessmentDemandResolver,
} from '../assessment/assessment.resolver.js';
import { DataCoverageResolver } from '../coverage/DataCoverage.resolver.js';
import { IntegratedCareSystemWorkforceTrainingResolver } from '../workforce/workforce-training.resolver.js';
import { recordMutationResolvers } from '../record/record-mutations.resolver.js';
import { AuditTrailResolver } from '../audit/AuditTrail.resolver.js';
import { ScenarioResolver } from '../scenario/Scenario.resolver.js';
import {
  IntegratedCareSystemDynamicSupportRegisterResolver,
  PlaceDynamicSupportRegisterResolver,
} from '../dsr/dynamic-support-register.resolver.js';

/** Every resolver class the schema is built from. */
export const resolvers: NonEmptyArray<Function> = [
  IntegratedCareSystemResolver,
  IntegratedCareSystemServicesResolver,
  CommissionedServiceResolver,
  IntegratedCareSystemHousingResolver,
  HousingPlanLineResolver,
  IntegratedCareSystemWorkforceResolver,
  WorkforcePlanLineResolver,
  IntegratedCareSystemFinanceResolver,
  FinancePlanLineResolver,
  IntegratedCareSystemMetricsResolver,
  MetricValueResolver,
  TargetResolver,
  LocalAuthorityResolver,
  PlaceResolver,
  IcsSuccessionResolver,
  VocabularyResolver,
  GapFindingResolver,
  IntegratedCareSystemGapResolver,
  PlaceGapResolver,
  GapAnalyticsResolver,
  IntegratedCareSystemMetricStatusResolver,
  DataCoverageResolver,
  IntegratedCareSystemInpatientCensusResolver,
  IntegratedCareSystemPersonalBudgetsResolver,
  PlacePersonalBudgetsResolver,
  IntegratedCareSystemWorkforceTrainingResolver,
  IntegratedCareSystemAssessmentDemandResolver,
  PlaceAssessmentDemandResolver,
  ...recordMutationResolvers,
  AuditTrailResolver,
  ScenarioResolver,
  IntegratedCareSystemDynamicSupportRegisterResolver,
  PlaceDynamicSupportRegisterResolver,
];
