import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createApp, type App } from '../../src/app.js';
import { configFromEnv, type ServerConfig } from '../../src/config.js';
import { authenticator } from '../../src/auth/authenticate.js';
import { tokenVerifier } from '../../src/auth/token-verifier.js';
import { createRequestContext } from '../../src/graphql/context.js';
import { openTestDatabase, type TestDatabaseOptions } from './database.js';

export interface TestApi {
  app: App;
  /** Runs an operation in-process through Apollo (no port) and returns data, failing on errors. */
  query<Result, Variables extends Record<string, unknown> = Record<string, unknown>>(
    document: TypedDocumentNode<Result, Variables> | DocumentNode | string,
    variables?: Variables,
    as?: Credentials,
  ): Promise<Result>;
  /** The whole result: data, errors and extensions (e.g. `extensions.warnings`). */
  result(document: DocumentNode | string, variables?: Record<string, unknown>, as?: Credentials): Promise<ExecutionResult>;
  /** Like `query` but returns the errors instead of failing on them. */
  errorsOf(document: DocumentNode | string, variables?: Record<string, unknown>, as?: Credentials): Promise<readonly GraphQLFormattedError[]>;
  /** The whole answer: the HTTP status Apollo chose, data and errors. */
  respond(document: DocumentNode | string, variables?: Record<string, unknown>, as?: Credentials): Promise<TestResponse>;
  /** SQL statements sent since the last reset. */
  statements: string[];
  close(): Promise<void>;
}

export interface ExecutionResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

/** Who an operation is sent as: the Authorization header a request would carry (none: anonymous). */
export interface Credentials {
  authorization?: string;
}

export interface TestResponse extends ExecutionResult {
  status: number;
}

export interface TestApiOptions extends TestDatabaseOptions {
  /** Server settings other than the defaults (e.g. a lower cost limit). */
  config?: Partial<ServerConfig>;
  /** An environment to read the configuration from, instead of the defaults. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The date tests read figures on unless they set AS_OF_DATE (or `config.asOfDate`): fixed, so which workforce
 * years count staff in post (years up to 2026/27) does not move as the calendar does.
 */
export const TEST_AS_OF_DATE = '2026-11-29';

export async function openTestApi({ config, env, ...options }: TestApiOptions = {}): Promise<TestApi> {
  const statements: string[] = [];
  const database = await openTestDatabase({ ...options, onQuery: (sql) => statements.push(sql) });
  const defaults = configFromEnv(env ?? {});
  const settings: ServerConfig = {
    ...defaults,
    seedOnStart: false,
    asOfDate: defaults.asOfDate ?? TEST_AS_OF_DATE,
    ...config,
    database: { ...defaults.database, statementTimeoutMs: options.statementTimeoutMs },
  };
  const app = await createApp(settings, database);
  const authenticate = authenticator(settings.auth, tokenVerifier(settings.auth));
  const respond = async (
    document: DocumentNode | string,
    variables?: Record<string, unknown>,
    as: Credentials = {},
  ): Promise<TestResponse> => {
    const caller = await authenticate(as.authorization);
    const response = await app.apollo.executeOperation(
      { query: typeof document === 'string' ? document : print(document), variables },
      { contextValue: createRequestContext(database, caller, settings.asOfDate) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status ?? 200, ...response.body.singleResult };
  };
  return {
    app,
    statements,
    async query(document, variables, as) {
      const result = await respond(document as DocumentNode, variables, as);
      if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
      return result.data as never;
    },
    result: (document, variables, as) => respond(document, variables, as),
    async errorsOf(document, variables, as) {
      return (await respond(document, variables, as)).errors ?? [];
    },
    respond,
    close: async () => {
      await app.stop();
    },
  };
}
