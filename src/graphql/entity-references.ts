import type { RequestContext } from './context.js';
import { badArgument } from './errors.js';
import { integratedCareSystemByCode, localAuthorityByCode } from '../organisation/organisation.loaders.js';

/**
 * How `_entities` turns another subgraph's representations into our objects. Loaders batch every
 * representation of one request into a single statement, whatever their number.
 */
export const entityReferenceResolvers = {
  IntegratedCareSystem: (reference: { odsCode?: string; onsCode?: string }, { loaders }: RequestContext) =>
    loaders.get(integratedCareSystemByCode).load(reference.odsCode ?? reference.onsCode ?? ''),
  LocalAuthority: (reference: { onsCode: string }, { loaders }: RequestContext) =>
    loaders.get(localAuthorityByCode).load(reference.onsCode),
};

/** The key fields of each entity: a representation names its type and at least one of them. */
const ENTITY_KEYS: Record<string, string[]> = { IntegratedCareSystem: ['odsCode', 'onsCode'], LocalAuthority: ['onsCode'] };

/**
 * Checks representations before federation resolves them, so a wrong one is a caller error naming it
 * (`representations.3`), not an internal error from deep inside the subgraph library.
 */
export function checkedRepresentations(representations: unknown): unknown[] {
  if (!Array.isArray(representations)) throw badArgument('representations', 'must be a list of representations');
  representations.forEach((representation, index) => {
    const argument = `representations.${index}`;
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    const keys = typeof typename === 'string' && Object.hasOwn(ENTITY_KEYS, typename) ? ENTITY_KEYS[typename] : null;
    if (!keys) {
      throw badArgument(argument, `__typename must name an entity of this subgraph: ${Object.keys(ENTITY_KEYS).join(' or ')}`);
    }
    if (!keys.some((key) => typeof (representation as Record<string, unknown>)[key] === 'string')) {
      throw badArgument(argument, `${typename} needs its key as a string: ${keys.join(' or ')}`);
    }
  });
  return representations;
}
