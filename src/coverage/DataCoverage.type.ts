import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('DataCoverage', {
  description:
    'What the database holds: the financial years, the ICSs with data and without, and which import it came from. ' +
    'Ask this first when a query answers less than expected.',
})
export class DataCoverage {
  @Field(() => Int, { description: 'Incremented by every import, and by migrations applied to a database holding data; 0 before the first import. ' +
      'The ETags of GET /graphql and of the exports are made of it.' })
  dataVersion!: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the last import ran; null before the first.' })
  lastImportedAt!: Date | null;

  @Field(() => [Int], {
    description: 'Financial years with JSNA need or plan lines (housing, workforce, finance), ascending; 2025 means 2025/26.',
  })
  years!: number[];

  @Field(() => Int, { nullable: true, description: 'The first year held; null when none is.' })
  firstYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'The last year held; null when none is.' })
  lastYear!: number | null;

  @Field(() => [String], {
    description: 'ODS codes of the ICSs with JSNA need for a place, a commissioned service or a plan line, in code order.',
  })
  icsCodesWithData!: string[];

  @Field(() => Int, { description: 'How many ICSs have data.' })
  icsWithDataCount!: number;

  @Field(() => [String], { description: 'ODS codes of the ICSs held with none of that data, in code order.' })
  icsCodesWithoutData!: string[];

  @Field(() => Int, { description: 'How many ICSs have no data.' })
  icsWithoutDataCount!: number;
}
