import { registerEnumType } from 'type-graphql';

/** The values of an enum object made by `describedEnum`, as a type. */
export type EnumValue<E> = E[keyof E];

/**
 * A GraphQL enum whose values are written once, each with its description (null for none): returns the
 * enum object (`GapOrder.GAP` is 'GAP') and registers it with type-graphql as `name`.
 */
export function describedEnum<const V extends string>(
  name: string,
  description: string,
  values: Record<V, string | null>,
): { readonly [K in V]: K } {
  const entries = Object.entries<string | null>(values);
  const enumObject = Object.fromEntries(entries.map(([value]) => [value, value])) as { readonly [K in V]: K };
  const described = entries.filter(([, text]) => text !== null);
  registerEnumType<Record<string, string>>(enumObject, {
    name,
    description,
    ...(described.length ? { valuesConfig: Object.fromEntries(described.map(([value, text]) => [value, { description: text! }])) } : {}),
  });
  return enumObject;
}
