import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the operations the tests and the dashboard run, generated from the committed SDL (`npm run codegen`).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    // The dashboard sends its operations as strings (no graphql-js in the browser bundle), typed.
    'web/dashboard/generated/graphql.ts': {
      documents: ['web/dashboard/operations/**/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        documentMode: 'string',
        scalars: { Decimal: 'string', LocalDate: 'string', NonNegativeInt: 'number', _Any: 'unknown', _FieldSet: 'string' },
      },
    },
    'test/generated/graphql.ts': {
      documents: ['test/operations/**/*.graphql'],
      // typescript-operations 6 emits the input and enum types the operations use; the base plugin would repeat them.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Exact decimals and dates travel as strings; counts as numbers.
        scalars: { Decimal: 'string', LocalDate: 'string', NonNegativeInt: 'number', _Any: 'unknown', _FieldSet: 'string' },
      },
    },
  },
};

export default config;
