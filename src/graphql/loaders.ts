import type DataLoader from 'dataloader';
import type { SqlRunner } from '../db/sql.js';

/** Builds one kind of DataLoader for one request. */
export type LoaderFactory<K, V, C = K> = (sql: SqlRunner) => DataLoader<K, V, C>;

/**
 * The DataLoaders of one request, created on first use. Keyed by factory, so each concept declares
 * its loaders beside its own code and no central list has to know them all.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<never, unknown, unknown>, DataLoader<never, unknown, unknown>>();

  constructor(private readonly sql: SqlRunner) {}

  get<K, V, C = K>(factory: LoaderFactory<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(factory as never);
    if (!loader) {
      loader = factory(this.sql) as never;
      this.loaders.set(factory as never, loader as never);
    }
    return loader as unknown as DataLoader<K, V, C>;
  }
}
