import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('NeedCategory', {
  description: 'A category of identified need. People are supported on identified need, not only on formal diagnosis.',
})
export class NeedCategoryType {
  @Field(() => String, { description: 'Category code, e.g. LEARNING_DISABILITY_AND_AUTISM.' })
  code!: string;

  @Field(() => String, { description: 'Label for display.' })
  label!: string;

  @Field(() => Int, { description: 'Display position.' })
  sortOrder!: number;
}
