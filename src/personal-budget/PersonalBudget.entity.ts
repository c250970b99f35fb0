import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';
import { NeedCategory } from '../vocabulary/NeedCategory.entity.js';

/** Which return counts the budget: the council's social care return, or the ICB's personal health budgets. */
export enum BudgetType {
  SOCIAL_CARE = 'SOCIAL_CARE',
  PHB = 'PHB',
}

/** How the budget is delivered; each belongs to one budget type (see MECHANISMS_OF). */
export enum DeliveryMechanism {
  DIRECT_PAYMENT_ONLY = 'DIRECT_PAYMENT_ONLY',
  PART_DIRECT_PAYMENT = 'PART_DIRECT_PAYMENT',
  MANAGED_PERSONAL_BUDGET = 'MANAGED_PERSONAL_BUDGET',
  COMMISSIONED_SUPPORT_ONLY = 'COMMISSIONED_SUPPORT_ONLY',
  NOTIONAL = 'NOTIONAL',
  THIRD_PARTY = 'THIRD_PARTY',
  DIRECT_PAYMENT = 'DIRECT_PAYMENT',
}

/**
 * The mechanisms each return counts: the social care return's four (the ASCOF 1C denominator is all four, its
 * numerator the first three: self-directed support; a managed budget includes individual service funds), and the
 * three ways a personal health budget is held.
 */
export const MECHANISMS_OF: Record<BudgetType, readonly DeliveryMechanism[]> = {
  [BudgetType.SOCIAL_CARE]: [
    DeliveryMechanism.DIRECT_PAYMENT_ONLY,
    DeliveryMechanism.PART_DIRECT_PAYMENT,
    DeliveryMechanism.MANAGED_PERSONAL_BUDGET,
    DeliveryMechanism.COMMISSIONED_SUPPORT_ONLY,
  ],
  [BudgetType.PHB]: [DeliveryMechanism.NOTIONAL, DeliveryMechanism.THIRD_PARTY, DeliveryMechanism.DIRECT_PAYMENT],
};

/**
 * People with a personal budget (or, for COMMISSIONED_SUPPORT_ONLY, none) in a local authority at the year end,
 * per cohort × need category × budget type × delivery mechanism, with the year's spend. `integrated` is how many
 * of the row's people hold an integrated personal budget (health and care blended): each such budget is returned
 * on one row only, so its person is counted once.
 */
@Entity({ tableName: 'personal_budgets' })
@Unique({
  name: 'personal_budgets_natural_key',
  properties: ['localAuthority', 'cohort', 'needCategory', 'year', 'budgetType', 'deliveryMechanism'],
})
@Check({ name: 'personal_budgets_integrated_check', expression: 'integrated <= people' })
export class PersonalBudget {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code' })
  localAuthority!: Rel<LocalAuthority>;

  @ManyToOne(() => Cohort, { fieldName: 'cohort_code' })
  cohort!: Rel<Cohort>;

  @ManyToOne(() => NeedCategory, { fieldName: 'need_category_code' })
  needCategory!: Rel<NeedCategory>;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => BudgetType })
  budgetType!: BudgetType;

  @Enum({ items: () => DeliveryMechanism })
  deliveryMechanism!: DeliveryMechanism;

  @Property({ type: 'integer' })
  people!: number;

  @Property({ type: 'decimal', precision: 16, scale: 2 })
  annualSpendGbp!: string;

  @Property({ type: 'integer', nullable: true })
  integrated?: number | null;
}
