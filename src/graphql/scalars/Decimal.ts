import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d+(\.\d+)?$/;

function decimalOf(value: unknown): string {
  // PostgreSQL numerics arrive as strings: pass them through untouched, never via a JS float.
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new GraphQLError(
    `Decimal cannot represent ${JSON.stringify(String(value))}: expected digits with an optional fraction, e.g. "1234.56"`,
  );
}

/**
 * An exact decimal number written as a string, e.g. "17121487.59". Money and other PostgreSQL
 * `numeric` values use it because a JSON float cannot hold every amount exactly (0.1 + 0.2 ≠ 0.3):
 * the digits stored are the digits served. Clients that need arithmetic should parse it with a
 * decimal library. As input it takes a string, or an integer or float literal read as written.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number as a string, e.g. "17121487.59" (money in GBP, no float rounding). Parse it with a decimal library before doing arithmetic.',
  serialize: decimalOf,
  parseValue: decimalOf,
  parseLiteral(ast) {
    // Literal numbers keep their source text, so 0.10 stays "0.10".
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return decimalOf(ast.value);
    throw new GraphQLError(`Decimal cannot represent a ${ast.kind} literal`, { nodes: ast });
  },
  extensions: { codegenScalarType: 'string' },
});
