/** PostgreSQL array element types the importer binds (`unnest($1::text[], …)`). */
export type ColumnType = 'text' | 'int' | 'numeric' | 'date' | 'bool';

export interface ValueOf {
  text: string;
  int: number;
  numeric: string;
  date: string;
  bool: boolean;
}

/** A target table as the importer writes it: columns (in bind order) and the natural key. */
export interface TableShape<C extends Record<string, ColumnType> = Record<string, ColumnType>> {
  name: string;
  columns: C;
  /**
   * The conflict target: the columns of the unique constraint or unique index of the natural key (as the
   * migrations define it; housing_plan_lines and targets use `nulls not distinct` unique indexes, so an
   * ICS-wide or national row, with a null code, is one row too).
   */
  key: readonly (keyof C & string)[];
  /** Columns an update leaves as stored when the dataset gives none (e.g. a region's optional ONS code). */
  keepWhenNull?: readonly (keyof C & string)[];
}

/** One row to write: a value (or null) per column. */
export type TableRecord<C extends Record<string, ColumnType>> = { [K in keyof C]: ValueOf[C[K]] | null };

/** A table shape with its column types kept literal, so writers can check CSV columns against them. */
export function table<const C extends Record<string, ColumnType>>(shape: TableShape<C>): TableShape<C> {
  return shape;
}

/** A membership table (e.g. a service's cohorts), replaced for every imported owner row. */
export interface PivotShape {
  name: string;
  /** The column holding the owner row's id. */
  owner: string;
  /** The column holding the member code. */
  member: string;
}
