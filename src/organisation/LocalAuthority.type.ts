import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthorityTier } from './LocalAuthority.entity.js';

registerEnumType(LocalAuthorityTier, {
  name: 'LocalAuthorityTier',
  description: 'Upper-tier council types, as the ONS code prefix shows them.',
  valuesConfig: {
    UNITARY: { description: 'Unitary authority (E06).' },
    COUNTY: { description: 'County council (E10).' },
    METROPOLITAN_DISTRICT: { description: 'Metropolitan district (E08).' },
    LONDON_BOROUGH: { description: 'London borough (E09).' },
  },
});

@Directive('@key(fields: "onsCode")')
@ObjectType('LocalAuthority', {
  description: 'An upper-tier local authority; its Health and Wellbeing Board publishes the JSNA.',
})
export class LocalAuthorityType {
  @Field(() => String, { description: 'ONS code, e.g. E08000026 (Coventry).' })
  onsCode!: string;

  @Field(() => String, { description: 'Council name, e.g. Coventry.' })
  name!: string;

  @Field(() => LocalAuthorityTier, { description: 'Which kind of upper-tier council it is.' })
  tier!: LocalAuthorityTier;
}
