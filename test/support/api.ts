import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createApp, type App } from '../../src/app.js';
import { configFromEnv, type ServerConfig } from '../../src/config.js';
import { createRequestContext } from '../../src/graphql/context.js';
import { openTestDatabase, type TestDatabaseOptions } from './database.js';

export interface TestApi {
  app: App;
  /** Runs an operation in-process through Apollo (no port) and returns data, failing on errors. */
  query<Result, Variables extends Record<string, unknown> = Record<string, unknown>>(
    document: TypedDocumentNode<Result, Variables> | DocumentNode | string,
    variables?: Variables,
  ): Promise<Result>;
  /** Like `query` but returns the errors instead of failing on them. */
  errorsOf(document: DocumentNode | string, variables?: Record<string, unknown>): Promise<readonly GraphQLFormattedError[]>;
  /** The whole answer: the HTTP status Apollo chose, data and errors. */
  respond(document: DocumentNode | string, variables?: Record<string, unknown>): Promise<TestResponse>;
  /** SQL statements sent since the last reset. */
  statements: string[];
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestApiOptions extends TestDatabaseOptions {
  /** Server settings other than the defaults (e.g. a lower cost limit). */
  config?: Partial<ServerConfig>;
}

export async function openTestApi({ config, ...options }: TestApiOptions = {}): Promise<TestApi> {
  const statements: string[] = [];
  const database = await openTestDatabase({ ...options, onQuery: (sql) => statements.push(sql) });
  const defaults = configFromEnv({});
  const app = await createApp(
    { ...defaults, seedOnStart: false, ...config, database: { ...defaults.database, statementTimeoutMs: options.statementTimeoutMs } },
    database,
  );
  const respond = async (document: DocumentNode | string, variables?: Record<string, unknown>): Promise<TestResponse> => {
    const response = await app.apollo.executeOperation(
      { query: typeof document === 'string' ? document : print(document), variables },
      { contextValue: createRequestContext(database) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status ?? 200, ...response.body.singleResult };
  };
  return {
    app,
    statements,
    async query(document, variables) {
      const result = await respond(document as DocumentNode, variables);
      if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
      return result.data as never;
    },
    async errorsOf(document, variables) {
      return (await respond(document, variables)).errors ?? [];
    },
    respond,
    close: () => app.stop(),
  };
}
