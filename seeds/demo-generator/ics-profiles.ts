/**
 * The ten ICSs of places_sample.csv: the names used in service names, real provider organisations,
 * councils, and the starting levels of their outcome metrics. Providers are real organisations that
 * serve the area; which service each runs here is illustrative, not a statement of fact.
 */

export interface IcsProfile {
  odsCode: string;
  /** The ICS as people name it, used in service names ("Coventry and Warwickshire Intensive Support Team"). */
  shortName: string;
  /** Each authority's council, by ONS code (commissioner and provider of council services). */
  councils: Record<string, string>;
  providers: {
    /** Mental health / learning disability trust: intensive support, adult diagnosis, community teams. */
    ldaTrust: string;
    /** Children's community health services: diagnosis, children's community team, step-down. */
    childrens: string;
    adultInpatient: string;
    youngPeopleInpatient: string;
    /** Adult secure care (medium and low secure), commissioned through an NHS-led provider collaborative. */
    secureCollaborative: string;
    autismCharity: string;
    dayOpportunities: string;
    supportedLiving: string;
    sharedLives: string;
    crisisBeds: string;
  };
  /** Community learning disability team provider where it differs from ldaTrust, by ONS code. */
  communityTeamProviders?: Record<string, string>;
  /** One community learning disability team per place, or one ICS-wide service with locality teams. */
  communityTeamsPerPlace: boolean;
  /** A section 75 agreement pools ICB and council money for community, housing and discharge. */
  section75Pooled: boolean;
  /**
   * Inpatients (the census): the rate per million of the group in March 2024 (national rates are about 40
   * adults and 18 under-18s per million; ICSs range from 19 to 73 per million adults, FIGURES.md), the
   * relative fall a year (England fell about 3.8% a year from 2015 to 2024), and, for an ICS with a
   * published trajectory, its headcounts at each date instead of the rate.
   */
  inpatients: {
    adultsPerMillion2024: number;
    under18PerMillion2024: number;
    annualFall: number;
    headcounts?: Partial<Record<'AGE_18_PLUS' | 'UNDER_18', Record<string, number>>>;
  };
  /** Outcome metric levels at the first quarter reported (2023-06-30) and their quarterly trend. */
  metrics: {
    annualHealthCheckPercent: number;
    annualHealthCheckQuarterlyChange: number;
    lederWithinSixMonthsPercent: number;
    lederQuarterlyChange: number;
  };
}

/** Names for places that are only part of an authority (the Frimley parts of Hampshire and Surrey) or have a long official name. */
export const PLACE_DISPLAY_NAMES: Record<string, string> = {
  'QNQ|E10000014': 'North East Hampshire',
  'QNQ|E10000030': 'Surrey Heath',
  'QOQ|E06000010': 'Hull',
};

export const ICS_PROFILES: IcsProfile[] = [
  {
    odsCode: 'QWU',
    shortName: 'Coventry and Warwickshire',
    councils: { E08000026: 'Coventry City Council', E10000031: 'Warwickshire County Council' },
    providers: {
      ldaTrust: 'Coventry and Warwickshire Partnership NHS Trust',
      childrens: 'Coventry and Warwickshire Partnership NHS Trust',
      adultInpatient: 'Coventry and Warwickshire Partnership NHS Trust',
      youngPeopleInpatient: 'West Midlands CAMHS provider collaborative',
      secureCollaborative: 'West Midlands adult secure provider collaborative',
      autismCharity: 'Autism West Midlands',
      dayOpportunities: 'Mencap',
      supportedLiving: 'Supported living framework providers (Mencap, Dimensions, Lifeways)',
      sharedLives: 'Warwickshire County Council Shared Lives',
      crisisBeds: 'Coventry and Warwickshire Partnership NHS Trust',
    },
    communityTeamsPerPlace: true,
    section75Pooled: true,
    inpatients: { adultsPerMillion2024: 40, under18PerMillion2024: 18, annualFall: 0.072, headcounts: { AGE_18_PLUS: { '2024-03-31': 31, '2025-03-31': 25, '2026-03-31': 20 }, UNDER_18: { '2024-03-31': 6, '2025-03-31': 4, '2026-03-31': 3 } } },
    metrics: { annualHealthCheckPercent: 76.5, annualHealthCheckQuarterlyChange: 0.4, lederWithinSixMonthsPercent: 72, lederQuarterlyChange: 1.6 },
  },
  {
    odsCode: 'QHL',
    shortName: 'Birmingham and Solihull',
    councils: { E08000025: 'Birmingham City Council', E08000029: 'Solihull Metropolitan Borough Council' },
    providers: {
      ldaTrust: 'Birmingham and Solihull Mental Health NHS Foundation Trust',
      childrens: "Birmingham Women's and Children's NHS Foundation Trust",
      adultInpatient: 'Birmingham Community Healthcare NHS Foundation Trust',
      youngPeopleInpatient: 'West Midlands CAMHS provider collaborative',
      secureCollaborative: 'West Midlands adult secure provider collaborative',
      autismCharity: 'Autism West Midlands',
      dayOpportunities: 'Midland Heart',
      supportedLiving: 'Supported living framework providers (Midland Heart, Mencap, Choice Support)',
      sharedLives: 'Birmingham City Council Shared Lives',
      crisisBeds: 'Birmingham and Solihull Mental Health NHS Foundation Trust',
    },
    communityTeamProviders: { E08000025: 'Birmingham Community Healthcare NHS Foundation Trust' },
    communityTeamsPerPlace: true,
    section75Pooled: false,
    inpatients: { adultsPerMillion2024: 47, under18PerMillion2024: 24, annualFall: 0.048 },
    metrics: { annualHealthCheckPercent: 71.0, annualHealthCheckQuarterlyChange: 0.5, lederWithinSixMonthsPercent: 58, lederQuarterlyChange: 1.8 },
  },
  {
    odsCode: 'QUA',
    shortName: 'Black Country',
    councils: {
      E08000027: 'Dudley Metropolitan Borough Council',
      E08000028: 'Sandwell Metropolitan Borough Council',
      E08000030: 'Walsall Council',
      E08000031: 'City of Wolverhampton Council',
    },
    providers: {
      ldaTrust: 'Black Country Healthcare NHS Foundation Trust',
      childrens: 'Black Country Healthcare NHS Foundation Trust',
      adultInpatient: 'Black Country Healthcare NHS Foundation Trust',
      youngPeopleInpatient: 'West Midlands CAMHS provider collaborative',
      secureCollaborative: 'West Midlands adult secure provider collaborative',
      autismCharity: 'Autism West Midlands',
      dayOpportunities: 'Accord Housing Association',
      supportedLiving: 'Supported living framework providers (Accord, Mencap, Lifeways)',
      sharedLives: 'Dudley Metropolitan Borough Council Shared Lives',
      crisisBeds: 'Black Country Healthcare NHS Foundation Trust',
    },
    communityTeamsPerPlace: true,
    section75Pooled: false,
    inpatients: { adultsPerMillion2024: 44, under18PerMillion2024: 18, annualFall: 0.04 },
    metrics: { annualHealthCheckPercent: 68.0, annualHealthCheckQuarterlyChange: 0.3, lederWithinSixMonthsPercent: 61, lederQuarterlyChange: 0.9 },
  },
  {
    odsCode: 'QOP',
    shortName: 'Greater Manchester',
    councils: {
      E08000001: 'Bolton Council',
      E08000002: 'Bury Council',
      E08000003: 'Manchester City Council',
      E08000004: 'Oldham Council',
      E08000005: 'Rochdale Borough Council',
      E08000006: 'Salford City Council',
      E08000007: 'Stockport Metropolitan Borough Council',
      E08000008: 'Tameside Metropolitan Borough Council',
      E08000009: 'Trafford Council',
      E08000010: 'Wigan Council',
    },
    providers: {
      ldaTrust: 'Pennine Care NHS Foundation Trust',
      childrens: 'Manchester University NHS Foundation Trust',
      adultInpatient: 'Greater Manchester Mental Health NHS Foundation Trust',
      youngPeopleInpatient: 'North West CAMHS provider collaborative',
      secureCollaborative: 'North West adult secure provider collaborative',
      autismCharity: 'National Autistic Society',
      dayOpportunities: 'Community Integrated Care',
      supportedLiving: 'Supported living framework providers (Lifeways, Dimensions, Community Integrated Care)',
      sharedLives: 'Shared Lives (Greater Manchester council schemes)',
      crisisBeds: 'Greater Manchester Mental Health NHS Foundation Trust',
    },
    communityTeamsPerPlace: false,
    section75Pooled: true,
    inpatients: { adultsPerMillion2024: 38, under18PerMillion2024: 19, annualFall: 0.06 },
    metrics: { annualHealthCheckPercent: 77.5, annualHealthCheckQuarterlyChange: 0.3, lederWithinSixMonthsPercent: 80, lederQuarterlyChange: 1.0 },
  },
  {
    odsCode: 'QMJ',
    shortName: 'North Central London',
    councils: {
      E09000003: 'London Borough of Barnet',
      E09000007: 'London Borough of Camden',
      E09000010: 'London Borough of Enfield',
      E09000014: 'London Borough of Haringey',
      E09000019: 'London Borough of Islington',
    },
    providers: {
      ldaTrust: 'North London NHS Foundation Trust',
      childrens: 'Whittington Health NHS Trust',
      adultInpatient: 'North London NHS Foundation Trust',
      youngPeopleInpatient: 'North London CAMHS provider collaborative',
      secureCollaborative: 'London adult secure provider collaborative',
      autismCharity: 'National Autistic Society',
      dayOpportunities: 'Certitude',
      supportedLiving: 'Supported living framework providers (Certitude, Mencap, Choice Support)',
      sharedLives: 'Barnet Shared Lives (London Borough of Barnet)',
      crisisBeds: 'North London NHS Foundation Trust',
    },
    communityTeamsPerPlace: true,
    section75Pooled: false,
    inpatients: { adultsPerMillion2024: 31, under18PerMillion2024: 14, annualFall: 0.04 },
    metrics: { annualHealthCheckPercent: 70.5, annualHealthCheckQuarterlyChange: 0.2, lederWithinSixMonthsPercent: 66, lederQuarterlyChange: 1.4 },
  },
  {
    odsCode: 'QJK',
    shortName: 'Devon',
    councils: { E10000008: 'Devon County Council', E06000026: 'Plymouth City Council', E06000027: 'Torbay Council' },
    providers: {
      ldaTrust: 'Devon Partnership NHS Trust',
      childrens: 'Children and Family Health Devon',
      adultInpatient: 'Devon Partnership NHS Trust',
      youngPeopleInpatient: 'South West CAMHS provider collaborative',
      secureCollaborative: 'South West adult secure provider collaborative',
      autismCharity: 'National Autistic Society',
      dayOpportunities: 'Living Options Devon',
      supportedLiving: 'Supported living framework providers (Robert Owen Communities, Dimensions, Mencap)',
      sharedLives: 'Shared Lives South West',
      crisisBeds: 'Devon Partnership NHS Trust',
    },
    communityTeamProviders: { E06000026: 'Livewell Southwest', E06000027: 'Torbay and South Devon NHS Foundation Trust' },
    communityTeamsPerPlace: true,
    section75Pooled: true,
    inpatients: { adultsPerMillion2024: 43, under18PerMillion2024: 13, annualFall: 0.08 },
    metrics: { annualHealthCheckPercent: 79.0, annualHealthCheckQuarterlyChange: 0.2, lederWithinSixMonthsPercent: 84, lederQuarterlyChange: 0.8 },
  },
  {
    odsCode: 'QRL',
    shortName: 'Hampshire and Isle of Wight',
    councils: {
      E10000014: 'Hampshire County Council',
      E06000046: 'Isle of Wight Council',
      E06000044: 'Portsmouth City Council',
      E06000045: 'Southampton City Council',
    },
    providers: {
      ldaTrust: 'Hampshire and Isle of Wight Healthcare NHS Foundation Trust',
      childrens: 'Solent NHS Trust',
      adultInpatient: 'Hampshire and Isle of Wight Healthcare NHS Foundation Trust',
      youngPeopleInpatient: 'South East CAMHS provider collaborative',
      secureCollaborative: 'South East adult secure provider collaborative',
      autismCharity: 'Autism Hampshire',
      dayOpportunities: 'Hampshire County Council day services',
      supportedLiving: 'Supported living framework providers (Dimensions, Mencap, Hft)',
      sharedLives: 'Hampshire Shared Lives (Hampshire County Council)',
      crisisBeds: 'Hampshire and Isle of Wight Healthcare NHS Foundation Trust',
    },
    communityTeamProviders: { E06000044: 'Solent NHS Trust', E06000045: 'Solent NHS Trust' },
    communityTeamsPerPlace: true,
    section75Pooled: false,
    inpatients: { adultsPerMillion2024: 36, under18PerMillion2024: 16, annualFall: 0.048 },
    metrics: { annualHealthCheckPercent: 77.0, annualHealthCheckQuarterlyChange: 0.3, lederWithinSixMonthsPercent: 75, lederQuarterlyChange: 1.2 },
  },
  {
    odsCode: 'QNQ',
    shortName: 'Frimley',
    councils: {
      E10000014: 'Hampshire County Council',
      E10000030: 'Surrey County Council',
      E06000036: 'Bracknell Forest Council',
      E06000039: 'Slough Borough Council',
      E06000040: 'Royal Borough of Windsor and Maidenhead',
    },
    providers: {
      ldaTrust: 'Berkshire Healthcare NHS Foundation Trust',
      childrens: 'Berkshire Healthcare NHS Foundation Trust',
      adultInpatient: 'Berkshire Healthcare NHS Foundation Trust',
      youngPeopleInpatient: 'South East CAMHS provider collaborative',
      secureCollaborative: 'South East adult secure provider collaborative',
      autismCharity: 'National Autistic Society',
      dayOpportunities: 'Optalis',
      supportedLiving: 'Supported living framework providers (Optalis, Dimensions, Mencap)',
      sharedLives: 'Optalis Shared Lives',
      crisisBeds: 'Berkshire Healthcare NHS Foundation Trust',
    },
    communityTeamProviders: {
      E10000014: 'Hampshire and Isle of Wight Healthcare NHS Foundation Trust',
      E10000030: 'Surrey and Borders Partnership NHS Foundation Trust',
    },
    communityTeamsPerPlace: true,
    section75Pooled: false,
    inpatients: { adultsPerMillion2024: 28, under18PerMillion2024: 11, annualFall: 0.032 },
    metrics: { annualHealthCheckPercent: 80.5, annualHealthCheckQuarterlyChange: 0.2, lederWithinSixMonthsPercent: 88, lederQuarterlyChange: 0.6 },
  },
  {
    odsCode: 'QXU',
    shortName: 'Surrey Heartlands',
    councils: { E10000030: 'Surrey County Council' },
    providers: {
      ldaTrust: 'Surrey and Borders Partnership NHS Foundation Trust',
      childrens: 'Children and Family Health Surrey',
      adultInpatient: 'Surrey and Borders Partnership NHS Foundation Trust',
      youngPeopleInpatient: 'South East CAMHS provider collaborative',
      secureCollaborative: 'South East adult secure provider collaborative',
      autismCharity: 'National Autistic Society',
      dayOpportunities: 'Surrey Choices',
      supportedLiving: 'Supported living framework providers (Surrey Choices, Dimensions, MacIntyre)',
      sharedLives: 'Surrey Choices Shared Lives',
      crisisBeds: 'Surrey and Borders Partnership NHS Foundation Trust',
    },
    communityTeamsPerPlace: true,
    section75Pooled: true,
    inpatients: { adultsPerMillion2024: 33, under18PerMillion2024: 14, annualFall: 0.04 },
    metrics: { annualHealthCheckPercent: 78.0, annualHealthCheckQuarterlyChange: 0.3, lederWithinSixMonthsPercent: 79, lederQuarterlyChange: 1.1 },
  },
  {
    odsCode: 'QOQ',
    shortName: 'Humber and North Yorkshire',
    councils: {
      E06000065: 'North Yorkshire Council',
      E06000014: 'City of York Council',
      E06000011: 'East Riding of Yorkshire Council',
      E06000010: 'Hull City Council',
      E06000012: 'North East Lincolnshire Council',
      E06000013: 'North Lincolnshire Council',
    },
    providers: {
      ldaTrust: 'Humber Teaching NHS Foundation Trust',
      childrens: 'Humber Teaching NHS Foundation Trust',
      adultInpatient: 'Tees, Esk and Wear Valleys NHS Foundation Trust',
      youngPeopleInpatient: 'North East and Yorkshire CAMHS provider collaborative',
      secureCollaborative: 'North East and Yorkshire adult secure provider collaborative',
      autismCharity: 'Autism Plus',
      dayOpportunities: 'Local authority and voluntary day services',
      supportedLiving: 'Supported living framework providers (Lifeways, Dimensions, Hft)',
      sharedLives: 'North Yorkshire Council Shared Lives',
      crisisBeds: 'Humber Teaching NHS Foundation Trust',
    },
    communityTeamsPerPlace: false,
    section75Pooled: false,
    inpatients: { adultsPerMillion2024: 52, under18PerMillion2024: 22, annualFall: 0.032 },
    metrics: { annualHealthCheckPercent: 66.5, annualHealthCheckQuarterlyChange: 0.5, lederWithinSixMonthsPercent: 54, lederQuarterlyChange: 1.5 },
  },
];
