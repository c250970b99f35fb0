import { registerEnumType } from 'type-graphql';

export enum GapAnalyticsOrder {
  SEVERITY = 'SEVERITY',
  GAP = 'GAP',
  COVERAGE = 'COVERAGE',
  NEED = 'NEED',
  DIMENSIONS = 'DIMENSIONS',
}

registerEnumType(GapAnalyticsOrder, {
  name: 'GapAnalyticsOrder',
  description: 'Order of gap analytics rows.',
  valuesConfig: {
    SEVERITY: { description: 'Worst severity first, then largest gap (default).' },
    GAP: { description: 'Largest gap first.' },
    COVERAGE: { description: 'Lowest coverage first (rows without need last).' },
    NEED: { description: 'Largest need first.' },
    DIMENSIONS: { description: 'By the grouped dimension values, in groupBy order.' },
  },
});
