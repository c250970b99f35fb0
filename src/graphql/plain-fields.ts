import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql gives every plain `@Field` property a resolver of its own that reads `root[name]` through its
 * middleware chain; GraphQL's default resolver reads the same property. Dropping those wrappers from the
 * resolver map saves a closure call and two allocations per value served (a nested read serves thousands).
 * A field keeps its resolver when it has a method resolver, middlewares, roles or another schema name.
 * Call after `buildSchema`, which fills the metadata (roles included).
 */
export function withoutPlainFieldResolvers(resolverMap: Record<string, unknown>): void {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.map((resolver) => `${resolver.getObjectType?.()?.name}.${resolver.methodName}`));
  for (const objectType of storage.objectTypes) {
    const fields = resolverMap[objectType.name] as Record<string, unknown> | undefined;
    if (!fields) continue;
    for (const field of objectType.fields ?? []) {
      const plain =
        field.schemaName === field.name &&
        !field.roles?.length &&
        !field.middlewares?.length &&
        !resolved.has(`${field.target.name}.${field.name}`) &&
        !isMethod(field.target, field.name);
      if (plain) delete fields[field.schemaName];
    }
  }
}

/** True when the class (or a class it extends) declares `name` as a method: the default resolver would call it. */
function isMethod(target: Function, name: string): boolean {
  for (let proto = target.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.value === 'function';
  }
  return false;
}
