import { Field, InputType, Int } from 'type-graphql';

/** Financial-year conditions shared by every plan filter. */
@InputType({ description: 'Financial years: `year` alone, or a range from `fromYear` to `toYear` (inclusive). 2025 means 2025/26.' })
export class YearRangeFilter {
  @Field(() => Int, { nullable: true, description: 'One financial year by its starting calendar year.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'First financial year of a range (inclusive).' })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last financial year of a range (inclusive).' })
  toYear?: number | null;
}

/**
 * Turns optional filter values into SQL conditions with bind parameters. Each entry maps a filter
 * field to the column it constrains; absent values add no condition.
 */
export function equalityConditions(
  values: Record<string, unknown>,
  columns: Record<string, string>,
  params: unknown[],
): string[] {
  const conditions: string[] = [];
  for (const [field, column] of Object.entries(columns)) {
    const value = values[field];
    if (value === undefined || value === null) continue;
    params.push(value);
    conditions.push(`${column} = $${params.length}`);
  }
  return conditions;
}

export function yearConditions(filter: YearRangeFilter | null | undefined, column: string, params: unknown[]): string[] {
  if (!filter) return [];
  const conditions: string[] = [];
  const bound = (operator: string, value: number | null | undefined) => {
    if (value === undefined || value === null) return;
    params.push(value);
    conditions.push(`${column} ${operator} $${params.length}`);
  };
  bound('=', filter.year);
  bound('>=', filter.fromYear);
  bound('<=', filter.toYear);
  return conditions;
}
