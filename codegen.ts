import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the operations the tests run, generated from the committed SDL (`npm run codegen`).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/operations/**/*.graphql'],
  generates: {
    'test/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true, enumsAsTypes: true, avoidOptionals: false },
    },
  },
};

export default config;
