import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@key(fields: "odsCode")')
@Directive('@key(fields: "onsCode")')
@ObjectType('IntegratedCareSystem', {
  description:
    'An Integrated Care System: its Integrated Care Board (NHS body) and Integrated Care Partnership with its local authorities. Boundaries change (six ICBs were established and twelve abolished on 1 April 2026): an ICS is valid from `validFrom` to `validTo`, and an abolished one stays, with its dates and its successors.',
})
export class IntegratedCareSystemType {
  @Field(() => String, {
    description: "The ICB's ODS code: 3 characters for the ICBs of 2022 (e.g. QWU), 5 for those of April 2026 (e.g. S1Y5D).",
  })
  odsCode!: string;

  @Field(() => String, { description: "The ICB's ONS code, e.g. E54000018." })
  onsCode!: string;

  @Field(() => String, { description: "The ICB's name, e.g. NHS Coventry and Warwickshire Integrated Care Board." })
  name!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day the ICS exists; null when it has existed since before the data begins.' })
  validFrom!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day the ICS exists (inclusive); null while it still exists.' })
  validTo!: string | null;

  /** Resolved to a Region through a loader. */
  regionOdsCode!: string;
}
