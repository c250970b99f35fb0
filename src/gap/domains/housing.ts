import { apportionedExplanation, apportionmentCtes, placeSummedFindings, type Apportionment } from '../apportionment.sql.js';
import type { GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { GapUnit } from '../GapUnit.js';

/** The stage whose JSNA need is need for accommodation with support. */
const HOUSING_STAGE = 'HOUSING_AND_ACCOMMODATION';

/** A housing-plan line's bed-spaces, shared over the places it covers in its cohort and year. */
const APPORTIONMENT: Apportionment = {
  prefix: 'hsg',
  key: ['ics_code', 'la_code', 'cohort_code', 'year'],
  // A line of an abolished ICS split over its successors is one line in each.
  line: ['line_id', 'ics_code'],
  amount: 'bed_spaces',
  explained: {
    key: 'housingLines',
    fields: { laCode: 'c.line_la_code', accommodationType: 'c.accommodation_type' },
    amount: 'bedSpaces', apportioned: 'apportionedBedSpaces', orderBy: '"laCode" nulls first, "accommodationType"',
  },
};

/**
 * HOUSING: need is the JSNA's HOUSING_AND_ACCOMMODATION people summed over need categories, per place ×
 * cohort × year; provision is housing-plan bed-spaces. ICS-wide lines are apportioned to places in
 * proportion to the places' need in the line's cohort and year (equally when that need is 0).
 */
export const housing: GapDomainSpec<'HOUSING'> = {
  name: 'HOUSING',
  description: 'JSNA people needing accommodation with support (summed over need categories) vs housing-plan bed-spaces.',
  unit: GapUnit.BED_SPACES,
  rules: {
    [GapLevel.ICS]:
      "need and provision are the sums of the ICS's place findings (see places): JSNA housing need summed over need " +
      'categories × place share, against housing-plan bed-spaces (ICS-wide lines apportioned to places by need).',
    [GapLevel.PLACE]:
      'need = JSNA people (CASELOAD rows) at HOUSING_AND_ACCOMMODATION summed over need categories × place share. provision = bed-spaces ' +
      "of the place's housing-plan lines plus its part of ICS-wide lines, apportioned to places in proportion to need " +
      'in the same cohort and year (equally when that need is 0).',
  },
  stage: HOUSING_STAGE,

  ctes: (scope, params) => {
    const stage = params.add(HOUSING_STAGE, 'text');
    return [
      `hsg_place_need as (
        select sp.ics_code, sp.la_code, n.cohort_code, n.year, sum(n.people) * sp.population_share as need
        from assessed_needs n join scope_places sp on sp.la_code = n.la_code and ${scope.inPeriod('sp', 'n.year')}
        where n.pathway_stage_code = ${stage} and ${scope.yearIn('n.year')} and n.basis = 'CASELOAD'
        group by sp.ics_code, sp.la_code, sp.population_share, n.cohort_code, n.year)`,
      `hsg_cells as (
        select h.id as line_id, h.la_code as line_la_code, h.accommodation_type, h.bed_spaces * r.share as bed_spaces,
               sp.ics_code, sp.la_code, h.cohort_code, h.year, coalesce(pn.need, 0) as need
        from housing_plan_lines h
        ${scope.countedIn('r', { ics: 'h.ics_code', year: 'h.year', la: 'h.la_code' })}
        join scope_places sp on sp.ics_code = r.to_ics and ${scope.inPeriod('sp', 'h.year')} and (h.la_code is null or sp.la_code = h.la_code)
        left join hsg_place_need pn on pn.ics_code = sp.ics_code and pn.la_code = sp.la_code
          and pn.cohort_code = h.cohort_code and pn.year = h.year
        where ${scope.yearIn('h.year')})`,
      ...apportionmentCtes(APPORTIONMENT),
      `hsg_stage as (select ${stage} as pathway_stage_code)`,
    ];
  },

  findings: (level) =>
    placeSummedFindings(housing, level, 'hsg_place_cells c cross join hsg_stage s', {
      cohort_code: 'c.cohort_code', pathway_stage_code: 's.pathway_stage_code',
    }),

  explanation: (level) => apportionedExplanation(level, housing, APPORTIONMENT),
};
