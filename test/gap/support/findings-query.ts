/** Every field of a finding, so fixtures can state any of them. */
export const FINDINGS_QUERY = `
  query Findings($filter: GapFilter!, $first: Int, $after: String, $orderBy: GapOrder) {
    gapFindings(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          domain level icsCode laCode cohort needCategory pathwayStage role year yearLabel
          need provision gap coverage severity unit
          basis populationGroup needSource roleName targetRatePerMillion actualRatePerMillion
          projectedWaitingList monthsToStandard impliedWaitWeeks
          explanation {
            rule placeShare people unitCostGbp missingUnitCost
            places { laCode populationShare jsnaPeople need provision needSource dsrPeriodEnd dsrRed dsrAmber }
            services {
              serviceCode catchmentLaCode capacityBasis capacityPeople countedShare servedAgeShare namedIcsCode boundaryShare
              capacity catchmentNeed basis apportionedShare apportionedPeople
            }
            housingLines { laCode accommodationType bedSpaces catchmentNeed basis apportionedShare apportionedBedSpaces }
            workforceLines { role roleName wteInPost wtePlanned wteRequired namedIcsCode boundaryShare }
            workforceProvision asOfDate
            financeLines { fundingSource amountGbp pooled }
            capitalLines { fundingSource amountGbp pooled }
            capitalTotalGbp
            target { metricCode value unit populationGroup scope due source carriedForward }
            census { icsCode populationGroup commissioner periodEnd year inpatients totalLos5YearsPlus outsideHomeIcb admissions transfers discharges cetrDue cetrOnTime status }
            groupPopulation groupPopulationYear
            inpatientBeds { serviceCode name commissioner provider capacity startDate endDate }
            personalBudgets {
              mechanisms { budgetType deliveryMechanism people annualSpendGbp integrated selfDirected directPayment }
              socialCarePeople selfDirectedPeople directPaymentPeople directPaymentShare socialCareSpendGbp selfDirectedSpendGbp
              selfDirectedSpendShare phbPeople phbSpendGbp integratedPeople
              places { laCode populationShare socialCarePeople need provision directPaymentPeople phbPeople } placesWithoutReturns
            }
            clearanceYears placesWithoutReturns
            assessmentPlaces {
              laCode populationShare netReferrals waitingAtStart waitingAtStartPeriodEnd noReturnBeforeYear waitingAtEnd
              waitingAtEndPeriodEnd need capacity projectedWaitingList monthsToStandard impliedWaitWeeks
              returns { laCode needCategory cohort periodEnd year referrals closedWithoutAssessment completed waiting waiting13WeeksPlus populationShare }
            }
            dsrPeriodEnd placesWithoutRegister keyworkerCaseload
            dsrLines {
              icsCode laCode cohort needCategory periodEnd year red amber green blue redWithKeyworker amberWithKeyworker blueWithKeyworker
            }
            keyworkerServices { serviceCode name catchmentLaCode capacityPeople startDate endDate }
          }
        }
      }
    }
  }`;

export interface FindingNode {
  domain: string;
  level: string;
  icsCode: string;
  laCode: string | null;
  cohort: string | null;
  needCategory: string | null;
  pathwayStage: string | null;
  role: string | null;
  year: number;
  need: number | null;
  provision: number;
  gap: number | null;
  coverage: number | null;
  severity: string | null;
  [field: string]: unknown;
}

export interface FindingsResult {
  gapFindings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: FindingNode }[];
  };
}
