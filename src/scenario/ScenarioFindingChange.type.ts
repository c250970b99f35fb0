import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GapDomain } from '../gap/domains/index.js';
import { GapFinding } from '../gap/GapFinding.type.js';
import { GapLevel } from '../gap/GapLevel.js';
import { Basis } from '../gap/Basis.js';

@ObjectType({
  description:
    'A finding (ICS or place level) whose gap or severity differs between the baseline and a scenario, with both: `baseline` is ' +
    'null when the finding appears only with the scenario, `scenario` null when the scenario makes it disappear. Their ' +
    '`explanation` holds the rule only: ask gapFindings (with and without `scenario`) for the records behind a finding.',
})
export class ScenarioFindingChange {
  @Field(() => GapDomain)
  domain!: GapDomain;

  @Field(() => GapLevel)
  level!: GapLevel;

  @Field(() => String)
  icsCode!: string;

  @Field(() => String, { nullable: true, description: 'The place (local authority ONS code); null at ICS level.' })
  laCode!: string | null;

  @Field(() => String, { nullable: true })
  cohort!: string | null;

  @Field(() => String, { nullable: true })
  needCategory!: string | null;

  @Field(() => String, { nullable: true })
  pathwayStage!: string | null;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => Basis, { nullable: true })
  basis!: string | null;

  @Field(() => String, { nullable: true })
  populationGroup!: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'e.g. 2027/28.' })
  yearLabel!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Scenario gap − baseline gap (negative: the scenario narrows the gap); null when either gap is null or absent.',
  })
  gapChange!: number | null;

  @Field(() => GapFinding, { nullable: true, description: 'The finding on the baseline (need, provision, gap, severity…); null if absent.' })
  baseline!: GapFinding | null;

  @Field(() => GapFinding, { nullable: true, description: 'The finding with the scenario applied; null if absent.' })
  scenario!: GapFinding | null;
}
