import { GraphQLBoolean, GraphQLInt, GraphQLString, type GraphQLScalarType } from 'graphql';
import { Field, InputType } from 'type-graphql';
import { shapeOf, type FieldShape } from '../dataset/fields.js';
import type { EditableRecord } from './editable-record.js';
import { fieldName } from './record-fields.js';

/** A GraphQL input class built from a dataset file's columns, and how to turn its values back into CSV fields. */
export interface RecordInput {
  type: Function;
  /** Input values → the CSV fields the file's parsers read (absent or null: empty). */
  toFields(input: Record<string, unknown>): Record<string, string>;
}

const SCALARS: Record<Exclude<FieldShape['kind'], 'list'>, GraphQLScalarType> = {
  text: GraphQLString,
  int: GraphQLInt,
  boolean: GraphQLBoolean,
};

/** `<Type>Input`: every column of the record's file, typed by its parser, optional where the file may leave it empty. */
export function recordInput(record: EditableRecord): RecordInput {
  return inputOf(`${record.type}Input`, record, Object.keys(record.file.columns), `A ${record.type}: the columns of ${record.file.file}, with the same rules.`);
}

/** `<Type>Key`: the columns of the record's natural key. */
export function recordKey(record: EditableRecord): RecordInput {
  const columns = record.key.map((part) => part.column);
  return inputOf(`${record.type}Key`, record, columns, `The natural key of a ${record.type} (${columns.join(', ')} of ${record.file.file}).`);
}

function inputOf(name: string, record: EditableRecord, columns: string[], description: string): RecordInput {
  // A class per record type, named for the schema; its fields are declared here rather than written out.
  const type = { [name]: class {} }[name];
  const optional = new Set<string>(record.file.optionalColumns ?? []);
  const shapes = new Map(columns.map((column) => [column, shapeOf(record.file.columns[column])]));
  for (const column of columns) {
    const shape = shapes.get(column)!;
    const nullable = shape.empty || optional.has(column);
    const graphqlType = shape.kind === 'list' ? [GraphQLString] : SCALARS[shape.kind];
    Field(() => graphqlType, { nullable, description: `${record.file.file} column \`${column}\`.` })(type.prototype, fieldName(column));
  }
  InputType(name, { description })(type);
  return {
    type,
    toFields: (input) =>
      Object.fromEntries(
        columns.map((column) => {
          const value = input[fieldName(column)];
          if (value === null || value === undefined) return [column, ''];
          return [column, Array.isArray(value) ? value.join(';') : String(value).trim()];
        }),
      ),
  };
}
