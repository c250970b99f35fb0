import { TrajectoryPointFragmentDoc, TrajectoryTargetFragmentDoc, type TrajectoryPointFragment, type TrajectoryTargetFragment } from './generated/graphql.js';

export interface TrajectoryQueryResult {
  integratedCareSystem: ({ odsCode: string; name: string } & Record<`y${number}`, TrajectoryPointFragment[]>) | null;
  targets: TrajectoryTargetFragment[];
}

export type TrajectoryQueryVariables = { code: string };

/**
 * `metricStatus` answers for one year, so the trajectory asks for it once per year under an alias
 * (`y2024: metricStatus(year: 2024)`), with the national and local targets, in one request. The years
 * vary with the data, so the document is put together here from the generated fragments.
 */
export function trajectoryQuery(years: number[]): string {
  const perYear = years.map((year) => `    y${year}: metricStatus(year: ${year}) { ...TrajectoryPoint }`).join('\n');
  return `query IcsOutcomeTrajectory($code: String!) {
  integratedCareSystem(code: $code) {
    odsCode
    name
${perYear}
  }
  targets(icsCode: $code) { ...TrajectoryTarget }
}
${TrajectoryPointFragmentDoc.toString().trim()}
${TrajectoryTargetFragmentDoc.toString().trim()}
`;
}
