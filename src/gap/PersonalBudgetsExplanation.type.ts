import { Field, Float, ObjectType } from 'type-graphql';
import { BudgetType, DeliveryMechanism } from '../personal-budget/PersonalBudget.entity.js';
import '../personal-budget/PersonalBudget.type.js';

@ObjectType('GapPersonalBudgetMechanism', {
  description: "People, spend and integrated budgets of one delivery mechanism in a PERSONAL_BUDGETS finding, each × the place share.",
})
export class GapPersonalBudgetMechanism {
  @Field(() => BudgetType)
  budgetType!: BudgetType;

  @Field(() => DeliveryMechanism)
  deliveryMechanism!: DeliveryMechanism;

  @Field(() => Float, { description: 'People at the year end, summed over need categories (and places) × place share.' })
  people!: number;

  @Field(() => Float, { description: 'Spend in the year in GBP × place share.' })
  annualSpendGbp!: number;

  @Field(() => Float, { description: 'Of the people, those holding an integrated (health and care blended) budget.' })
  integrated!: number;

  @Field(() => Boolean, { description: 'Counted as self-directed support (provision): a SOCIAL_CARE direct payment or managed budget.' })
  selfDirected!: boolean;

  @Field(() => Boolean, { description: 'Counted in the direct-payment share: DIRECT_PAYMENT_ONLY or PART_DIRECT_PAYMENT.' })
  directPayment!: boolean;
}

@ObjectType('GapPersonalBudgetPlace', { description: "One place's part of a PERSONAL_BUDGETS finding." })
export class GapPersonalBudgetPlace {
  @Field(() => String)
  laCode!: string;

  @Field(() => Float, { description: "Share of the authority's population in the ICS." })
  populationShare!: number;

  @Field(() => Float, { description: 'SOCIAL_CARE people of the whole authority (before the share).' })
  socialCarePeople!: number;

  @Field(() => Float, { description: 'socialCarePeople × populationShare.' })
  need!: number;

  @Field(() => Float, { description: 'Self-directed people × populationShare.' })
  provision!: number;

  @Field(() => Float, { description: 'Direct-payment people (whole or part) × populationShare.' })
  directPaymentPeople!: number;

  @Field(() => Float, { description: 'PHB holders × populationShare (not in need or provision).' })
  phbPeople!: number;
}

@ObjectType('GapPersonalBudgetsExplanation', {
  description:
    'PERSONAL_BUDGETS: people and spend by delivery mechanism, the direct-payment share, and personal health budgets apart ' +
    '(never added to social care). Figures are × place share and summed over need categories and the places with returns.',
})
export class GapPersonalBudgetsExplanation {
  @Field(() => [GapPersonalBudgetMechanism], { description: 'Every mechanism of both returns, social care first (0 where none).' })
  mechanisms!: GapPersonalBudgetMechanism[];

  @Field(() => Float, { description: 'SOCIAL_CARE people over all four mechanisms: the need.' })
  socialCarePeople!: number;

  @Field(() => Float, { description: 'DIRECT_PAYMENT_ONLY + PART_DIRECT_PAYMENT + MANAGED_PERSONAL_BUDGET: the provision.' })
  selfDirectedPeople!: number;

  @Field(() => Float, { description: 'DIRECT_PAYMENT_ONLY + PART_DIRECT_PAYMENT.' })
  directPaymentPeople!: number;

  @Field(() => Float, { nullable: true, description: 'directPaymentPeople ÷ socialCarePeople (ASCOF 1C part 2); null when there are none.' })
  directPaymentShare!: number | null;

  @Field(() => Float, { description: 'SOCIAL_CARE spend in the year, GBP.' })
  socialCareSpendGbp!: number;

  @Field(() => Float, { description: 'Spend of the self-directed mechanisms, GBP.' })
  selfDirectedSpendGbp!: number;

  @Field(() => Float, { nullable: true, description: 'selfDirectedSpendGbp ÷ socialCareSpendGbp: the share of spend personalised; null when 0.' })
  selfDirectedSpendShare!: number | null;

  @Field(() => Float, { description: 'Personal health budget holders (all three PHB mechanisms), apart from social care.' })
  phbPeople!: number;

  @Field(() => Float, { description: 'PHB spend in the year, GBP.' })
  phbSpendGbp!: number;

  @Field(() => Float, { description: 'People holding an integrated personal budget (health and care blended), counted once, over both returns.' })
  integratedPeople!: number;

  @Field(() => [GapPersonalBudgetPlace], { description: 'The places with returns counted.' })
  places!: GapPersonalBudgetPlace[];

  @Field(() => [String], {
    description: "ICS findings: the ICS's places (authority ONS codes) with no return for the cohort and year: no data, not zero.",
  })
  placesWithoutReturns!: string[];
}
