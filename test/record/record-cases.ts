/**
 * One valid input per editable record type, for an ICS (QWU or QHL: the small dataset's two), and one bad field
 * with the field the error must name.
 */
export interface RecordCase {
  type: string;
  input(ics: 'QWU' | 'QHL'): Record<string, unknown>;
  /** The input with one field the dataset file's rules refuse, and that field's name. */
  bad: { field: string; value: unknown };
}

// Each ICS's local authority in the small dataset (a need belongs to the ICSs holding a place of its authority).
const AUTHORITY = { QWU: 'E08000026', QHL: 'E08000025' } as const;

export const recordCases: RecordCase[] = [
  {
    type: 'Service',
    input: (ics) => ({
      serviceCode: `${ics}-SVC-NEW`, name: 'Keyworker service', icsCode: ics, laCode: null, commissioner: 'ICB', provider: 'A provider',
      pathwayStage: 'COMMUNITY_SUPPORT', cohorts: ['ADULTS'], needCategories: ['AUTISM'], capacityPeople: 12, startDate: '2026-04-01',
    }),
    bad: { field: 'capacityPeople', value: -1 },
  },
  {
    type: 'HousingPlanLine',
    input: (ics) => ({ icsCode: ics, laCode: null, accommodationType: 'SUPPORTED_LIVING', cohort: 'ADULTS', year: 2027, bedSpaces: 12 }),
    bad: { field: 'year', value: 1999 },
  },
  {
    type: 'WorkforcePlanLine',
    input: (ics) => ({
      icsCode: ics, role: 'LEARNING_DISABILITY_NURSE', pathwayStage: 'COMMUNITY_SUPPORT', year: 2027,
      wteInPost: '1.5', wtePlanned: '2', wteRequired: '3.25',
    }),
    bad: { field: 'wtePlanned', value: '-2' },
  },
  {
    type: 'FinancePlanLine',
    input: (ics) => ({
      icsCode: ics, fundingSource: 'ICB_BASELINE', pathwayStage: 'COMMUNITY_SUPPORT', cohort: 'ADULTS', year: 2027,
      amountGbp: '250000.00', pooled: false,
    }),
    bad: { field: 'fundingSource', value: 'LOTTERY' },
  },
  {
    type: 'Need',
    input: (ics) => ({
      laCode: AUTHORITY[ics], cohort: 'ADULTS', needCategory: 'AUTISM', pathwayStage: 'COMMUNITY_SUPPORT', year: 2027, people: 40,
      source: 'JSNA refresh',
    }),
    bad: { field: 'people', value: -5 },
  },
  {
    type: 'InpatientCensus',
    input: (ics) => ({
      icsCode: ics, populationGroup: 'AGE_18_PLUS', commissioner: 'ICB', periodEnd: '2025-06-30', inpatients: 12,
      totalLos5YearsPlus: 3, outsideHomeIcb: 2, admissions: 1, transfers: 0, discharges: 2, cetrDue: 4, cetrOnTime: 3,
    }),
    bad: { field: 'cetrOnTime', value: 9 },
  },
  {
    type: 'Target',
    input: (ics) => ({
      metricCode: 'INPATIENTS_ADULT', scope: ics, populationGroup: 'AGE_18_PLUS', targetValue: '20', unit: 'COUNT',
      direction: 'AT_MOST', due: '2027-03-31', source: 'ICS plan 2027',
    }),
    bad: { field: 'due', value: '2027-02-30' },
  },
  {
    type: 'MetricValue',
    input: (ics) => ({ icsCode: ics, metricCode: 'INPATIENTS_ADULT', periodEnd: '2025-06-30', value: '21' }),
    bad: { field: 'metricCode', value: 'NO_SUCH_METRIC' },
  },
  {
    type: 'DynamicSupportRegisterLine',
    input: (ics) => ({
      icsCode: ics, laCode: AUTHORITY[ics], cohort: 'CHILDREN_14_17', needCategory: 'AUTISM', periodEnd: '2026-06-30',
      red: 2, amber: 4, green: 7, blue: 1, redWithKeyworker: 2, amberWithKeyworker: 3, blueWithKeyworker: 1,
    }),
    bad: { field: 'redWithKeyworker', value: 3 },
  },
  {
    type: 'AssessmentDemand',
    input: (ics) => ({
      laCode: AUTHORITY[ics], needCategory: 'AUTISM', cohort: 'ADULTS', periodEnd: '2026-06-30', referrals: 50,
      closedWithoutAssessment: 5, completed: 30, waiting: 400, waiting13WeeksPlus: 320,
    }),
    bad: { field: 'waiting13WeeksPlus', value: 401 },
  },
  {
    type: 'PersonalBudget',
    input: (ics) => ({
      laCode: AUTHORITY[ics], cohort: 'ADULTS', needCategory: 'AUTISM', year: 2026, budgetType: 'SOCIAL_CARE',
      deliveryMechanism: 'DIRECT_PAYMENT_ONLY', people: 30, annualSpendGbp: '450000.00',
    }),
    bad: { field: 'deliveryMechanism', value: 'NOTIONAL' },
  },
  {
    type: 'WorkforceTraining',
    input: (ics) => ({
      icsCode: ics, organisationType: 'LOCAL_AUTHORITY', year: 2026, tier1InScope: 900, tier1Completed: 600,
      tier2InScope: 200, tier2Completed: 40,
    }),
    bad: { field: 'tier2Completed', value: 201 },
  },
];

export const saveMutation = (type: string) => `mutation Save($input: ${type}Input!, $expectedVersion: Int, $reason: String!) {
  save${type}(input: $input, expectedVersion: $expectedVersion, reason: $reason) { recordType key version values }
}`;

export const deleteMutation = (type: string) => `mutation Delete($key: ${type}Key!, $expectedVersion: Int!, $reason: String!) {
  delete${type}(key: $key, expectedVersion: $expectedVersion, reason: $reason) { recordType key version values }
}`;
