import { describedEnum, type EnumValue } from '../../graphql/described-enum.js';

export const GapAnalyticsOrder = describedEnum('GapAnalyticsOrder', 'Order of gap analytics rows.', {
  SEVERITY: 'Worst severity first, then largest gap (default).',
  GAP: 'Largest gap first.',
  COVERAGE: 'Lowest coverage first (rows without need last).',
  NEED: 'Largest need first.',
  DIMENSIONS: 'By the grouped dimension values, in groupBy order.',
});
export type GapAnalyticsOrder = EnumValue<typeof GapAnalyticsOrder>;
