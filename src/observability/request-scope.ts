import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger.js';

/** What is known about the HTTP request being answered, wherever in the call chain the code runs. */
export interface RequestScope {
  readonly requestId: string;
  /** The process logger bound to this request's id. */
  readonly log: Logger;
  /** The path of the route answering (`/graphql`, `/export/`), or `unmatched`. */
  route: string;
  /** A health check or metrics scrape: logged at debug, never rate limited. */
  probe?: boolean;
  /** The GraphQL operation's name (`anonymous` when unnamed), once Apollo has resolved it. */
  operation?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The request being answered, or undefined outside one (e.g. an operation executed in-process by a test). */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}
