import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { PlaceType } from '../organisation/Place.type.js';
import { personalBudgetsOfIcs, personalBudgetsOfPlace, placeKey } from './personal-budget.loaders.js';
import { PersonalBudgetFilter, PersonalBudgetType } from './PersonalBudget.type.js';

const PersonalBudgetConnection = Connection(PersonalBudgetType, 'PersonalBudget');

const FILTER_DESCRIPTION = 'Which lines; all when absent.';

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemPersonalBudgetsResolver {
  @FieldResolver(() => PersonalBudgetConnection, {
    description:
      "Personal budgets of this ICS's local authorities (social care by delivery mechanism, and PHBs), each with the " +
      'place share that attributes it to the ICS.',
  })
  personalBudgets(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => PersonalBudgetFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: PersonalBudgetFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(personalBudgetsOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}

@Resolver(() => PlaceType)
export class PlacePersonalBudgetsResolver {
  @FieldResolver(() => PersonalBudgetConnection, {
    description: "Personal budgets of the place's local authority, with the place's share that attributes them to the ICS.",
  })
  personalBudgets(
    @Root() place: PlaceType,
    @Arg('filter', () => PersonalBudgetFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: PersonalBudgetFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(personalBudgetsOfPlace).load({ parent: placeKey(place), filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}
