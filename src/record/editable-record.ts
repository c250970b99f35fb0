import type { FileSpec } from '../dataset/spec.js';
import type { TableSource } from '../dataset/writers.js';

/**
 * A plan record the write API changes (`save<Type>`, `delete<Type>`): one dataset file's row, validated by the
 * file's own parsers and checks and written by the file's own writer, so the importer and the API share one set
 * of rules. `table` is the table holding the record's natural key, `version` and owner (`ics_code`, or `la_code`
 * for a local authority's records); it needs the `version` column and the triggers of migration
 * 20261129115000 (record versions and the audit trail).
 */
export interface EditableRecord {
  /** The GraphQL name: `saveService`, `deleteService`, `ServiceInput`, `ServiceKey`. */
  type: string;
  file: FileSpec;
  table: string;
  /** Table column → CSV column, from the file's writer. */
  columns: Readonly<Record<string, string>>;
  /** The natural key: CSV columns (the file's first key) and the table columns they fill. */
  key: readonly { column: string; tableColumn: string }[];
  /** Whose a record is: the ICS it names, or the local authority it is of. */
  owner: { by: 'ics'; tableColumn: 'ics_code' } | { by: 'localAuthority'; tableColumn: 'la_code' };
}

/** Registers a dataset file's row as an editable record (one line in editable-records.ts). */
export function editable(type: string, file: FileSpec, table: string): EditableRecord {
  const source: TableSource | undefined = file.write.sources?.find((candidate) => candidate.table === table);
  if (!source) throw new Error(`${file.file} does not write table ${table}`);
  const tableColumnOf = (column: string) => {
    const found = Object.entries(source.columns).find(([, csv]) => csv === column)?.[0];
    if (!found) throw new Error(`${file.file}: column ${column} fills no column of ${table}`);
    return found;
  };
  const key = file.keys[0].map((column) => ({ column, tableColumn: tableColumnOf(column) }));
  const owner =
    'ics_code' in source.columns
      ? ({ by: 'ics', tableColumn: 'ics_code' } as const)
      : 'la_code' in source.columns
        ? ({ by: 'localAuthority', tableColumn: 'la_code' } as const)
        : undefined;
  if (!owner) throw new Error(`${table} names neither an ICS nor a local authority: nobody could be allowed to edit it`);
  return { type, file, table, columns: source.columns, key, owner };
}
