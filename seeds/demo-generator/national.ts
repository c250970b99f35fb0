/**
 * National figures the demo is scaled from, each with its source. Figures marked FIGURES.md are in
 * shared/reference/FIGURES.md; the others are public figures quoted here with their source, because the
 * reference file has none for them. The demo's ten ICSs hold a share of England's population; every
 * national total below is scaled by that share (see populationShareOfEngland in the generator).
 */
export const NATIONAL = {
  /** ONS mid-2023 estimate for England (about 57.7 million; general knowledge of the ONS series, rounded). */
  englandResidents: 57_700_000,
  /** FIGURES.md: Assuring Transformation, March 2024: 2,045 inpatients, of whom 220 under 18. */
  inpatientsMarch2024: { all: 2_045, under18: 220 },
  /** FIGURES.md: 2,905 in March 2015; with 2,045 in March 2024, a fall of about 3.8% a year. */
  inpatientsMarch2015: 2_905,
  /** FIGURES.md: average total length of stay 1,771 days (March 2024). */
  averageTotalStayDays: 1_771,
  /** FIGURES.md: adult inpatient rates by ICS, March 2024: 19 to 73 per million adults. */
  adultRatePerMillionRange: [19, 73] as [number, number],
  /** FIGURES.md: people aged 14+ on GP learning disability registers, October 2025. */
  registerAged14Plus: 343_520,
  /** FIGURES.md: annual health check uptake 79.6% (2023-24). */
  annualHealthCheckUptake: 0.796,
  /** FIGURES.md: supported housing shortfall 1,800 to 2,200 units a year (Housing LIN). */
  housingShortfallPerYear: [1_800, 2_200] as [number, number],
  /**
   * Learning disability nurses employed in the NHS in England, July 2024: 3,034 (5,368 in May 2010).
   * Royal College of Nursing analysis of NHS workforce statistics (press release "Learning disability
   * nurse deserts developing across England", 2024). Not in FIGURES.md.
   */
  learningDisabilityNurses: 3_034,
  /**
   * Learning disability and autism service development (transformation) funding allocated to ICBs:
   * £124 million in 2024/25 (£121 million in 2023/24). Parliamentary answers of 23 January 2025 and
   * 25 October 2023. Not in FIGURES.md.
   */
  serviceDevelopmentFundingGbp: 124_000_000,
  /**
   * NHS England's housing capital programme for people with a learning disability and autistic people:
   * £13 million available in 2025/26. Parliamentary answer of 23 January 2025. Not in FIGURES.md.
   */
  capitalGbp: 13_000_000,
  /**
   * ICB baseline expenditure on learning disability and autism services: £2,904.6 million in 2023/24.
   * Parliamentary answer (autism assessment spending) quoting ICB baseline expenditure. Not in FIGURES.md.
   */
  icbBaselineGbp: 2_904_600_000,
} as const;
