/**
 * Keeps only cells at stages whose direction (read from pathway_stages, not fixed in code) is MEET_NEED:
 * a join to append after a FROM item whose stage is `stageColumn`. A REDUCE stage (inpatient beds) has no
 * sufficiency findings: an inpatient bed is not a need to be met.
 */
export const MEET_NEED_STAGE = (stageColumn: string): string =>
  `join pathway_stages meet_need_stage on meet_need_stage.code = ${stageColumn} and meet_need_stage.direction = 'MEET_NEED'`;

/** The rule's words for it, in every sufficiency domain's explanation. */
export const REDUCE_RULE = 'Stages whose direction is REDUCE (specialist inpatient beds) have no findings.';
