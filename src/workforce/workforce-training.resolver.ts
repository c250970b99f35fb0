import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { checkedFinancialYear } from '../graphql/financial-year.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { workforceTrainingLoader } from './workforce-training.loader.js';
import { WorkforceTrainingFilter, WorkforceTrainingReport } from './WorkforceTraining.type.js';

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemWorkforceTrainingResolver {
  @FieldResolver(() => WorkforceTrainingReport, {
    description:
      "This ICS's Oliver McGowan Mandatory Training returns: tier 1 and tier 2 staff in scope, completed and coverage per kind " +
      'of employer and year, the totals per year, and the coverage targets that apply. Many ICSs under one filter cost one statement.',
  })
  workforceTraining(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => WorkforceTrainingFilter, { nullable: true, description: 'Which returns; all when absent.' })
    filter: WorkforceTrainingFilter | null,
    @Ctx() { loaders }: RequestContext,
  ) {
    const year = filter?.year == null ? null : checkedFinancialYear('filter.year', filter.year);
    return loaders.get(workforceTrainingLoader).load({
      icsCode: ics.odsCode,
      filter: { year, organisationType: filter?.organisationType ?? null },
    });
  }
}
