/**
 * Collects bind parameters while a statement is assembled: each value gets its own `$n` with an
 * explicit cast, so PostgreSQL and PGlite infer the same types and no value is ever spliced into SQL.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, type: 'text' | 'text[]' | 'int' | 'numeric'): string {
    this.values.push(value ?? null);
    return `$${this.values.length}::${type}`;
  }
}
