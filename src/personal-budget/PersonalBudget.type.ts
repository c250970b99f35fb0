import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLNonNegativeInt } from 'graphql-scalars';
import { YearRangeFilter } from '../graphql/filters.js';
import { BudgetType, DeliveryMechanism } from './PersonalBudget.entity.js';

registerEnumType(BudgetType, {
  name: 'BudgetType',
  description: 'Which return counts a personal budget.',
  valuesConfig: {
    SOCIAL_CARE: { description: "The council's social care return: people in long-term community support at the year end." },
    PHB: { description: "Personal health budgets (the ICB's return): never added to social care." },
  },
});

registerEnumType(DeliveryMechanism, {
  name: 'DeliveryMechanism',
  description: 'How a budget is delivered. SOCIAL_CARE: the first four; PHB: NOTIONAL, THIRD_PARTY, DIRECT_PAYMENT.',
  valuesConfig: {
    DIRECT_PAYMENT_ONLY: { description: 'SOCIAL_CARE: the whole budget as a direct payment (self-directed).' },
    PART_DIRECT_PAYMENT: { description: 'SOCIAL_CARE: part direct payment, part managed (self-directed).' },
    MANAGED_PERSONAL_BUDGET: {
      description: 'SOCIAL_CARE: a personal budget managed by the council or a provider, individual service funds included (self-directed).',
    },
    COMMISSIONED_SUPPORT_ONLY: { description: 'SOCIAL_CARE: support the council commissions, no personal budget (not self-directed).' },
    NOTIONAL: { description: 'PHB: held by the NHS, spent as the person agrees.' },
    THIRD_PARTY: { description: 'PHB: held by an organisation on the person\'s behalf.' },
    DIRECT_PAYMENT: { description: 'PHB: paid to the person (a health direct payment).' },
  },
});

@ObjectType('PersonalBudget', {
  description:
    "One line of a personal budgets return: a local authority's people of one cohort and need category in a year by " +
    'budget type and delivery mechanism, with the year\'s spend. Counts towards an ICS × the place share.',
})
export class PersonalBudgetType {
  @Field(() => String, { description: "The local authority's ONS code." })
  laCode!: string;

  @Field(() => String, { description: 'Life-stage cohort code, e.g. ADULTS.' })
  cohort!: string;

  @Field(() => String, { description: 'Need category code, e.g. LEARNING_DISABILITY.' })
  needCategory!: string;

  @Field(() => Int, { description: 'Financial year by its starting calendar year (2025 means 2025/26); people at its end.' })
  year!: number;

  @Field(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel!: string;

  @Field(() => BudgetType)
  budgetType!: BudgetType;

  @Field(() => DeliveryMechanism)
  deliveryMechanism!: DeliveryMechanism;

  @Field(() => GraphQLNonNegativeInt, { description: 'People in the whole local authority.' })
  people!: number;

  @Field(() => Float, { description: 'Spend in the year in GBP, whole local authority.' })
  annualSpendGbp!: number;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description:
      'Of these people, those holding an integrated personal budget (health and care blended; returned on one row only, ' +
      'so counted once); null when the return does not say.',
  })
  integrated!: number | null;

  @Field(() => Float, { description: "Share of the authority's population in the ICS (1 when read for the authority)." })
  populationShare!: number;

  @Field(() => Float, { description: 'people × populationShare: what counts towards the ICS.' })
  attributedPeople!: number;

  @Field(() => Float, { description: 'annualSpendGbp × populationShare.' })
  attributedSpendGbp!: number;
}

@InputType({ description: 'Narrows personal budget lines; every field is optional.' })
export class PersonalBudgetFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Life-stage cohort code.' })
  cohort?: string | null;

  @Field(() => String, { nullable: true, description: 'Need category code.' })
  needCategory?: string | null;

  @Field(() => BudgetType, { nullable: true })
  budgetType?: BudgetType | null;

  @Field(() => DeliveryMechanism, { nullable: true })
  deliveryMechanism?: DeliveryMechanism | null;

  @Field(() => String, { nullable: true, description: "A local authority's ONS code." })
  laCode?: string | null;
}
