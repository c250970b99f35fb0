import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { DataCoverage } from './DataCoverage.type.js';
import { dataCoverage } from './data-coverage.sql.js';

@Resolver(() => DataCoverage)
export class DataCoverageResolver {
  @Query(() => DataCoverage, {
    description: 'Which years and ICSs the data covers, and the data version and time of the last import.',
  })
  dataCoverage(@Ctx() { sql }: RequestContext) {
    return dataCoverage(sql);
  }
}
