import type { NonEmptyArray } from 'type-graphql';
import { IntegratedCareSystemResolver } from '../organisation/IntegratedCareSystem.resolver.js';

/** Every resolver class the schema is built from. */
export const resolvers: NonEmptyArray<Function> = [IntegratedCareSystemResolver];
