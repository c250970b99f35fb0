import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@key(fields: "odsCode")')
@Directive('@key(fields: "onsCode")')
@ObjectType('IntegratedCareSystem', {
  description:
    'An Integrated Care System: its Integrated Care Board (NHS body) and Integrated Care Partnership with its local authorities.',
})
export class IntegratedCareSystemType {
  @Field(() => String, { description: "The ICB's ODS code, e.g. QWU." })
  odsCode!: string;

  @Field(() => String, { description: "The ICB's ONS code, e.g. E54000018." })
  onsCode!: string;

  @Field(() => String, { description: "The ICB's name, e.g. NHS Coventry and Warwickshire Integrated Care Board." })
  name!: string;

  /** Resolved to a Region through a loader. */
  regionOdsCode!: string;
}
