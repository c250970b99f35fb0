import type { RequestContext } from './context.js';
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
