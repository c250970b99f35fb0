import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { CohortType } from './Cohort.type.js';
import { NeedCategoryType } from './NeedCategory.type.js';
import { PathwayStageType } from './PathwayStage.type.js';
import { ServiceTypeType } from './ServiceType.type.js';
import { listCohorts, listNeedCategories, listPathwayStages, listServiceTypes } from './vocabulary.loaders.js';

@Resolver()
export class VocabularyResolver {
  @Query(() => [CohortType], { description: 'The life-stage cohorts, youngest first. Filters take their codes.' })
  cohorts(@Ctx() { sql }: RequestContext) {
    return listCohorts(sql);
  }

  @Query(() => [NeedCategoryType], { description: 'The need categories. Filters take their codes.' })
  needCategories(@Ctx() { sql }: RequestContext) {
    return listNeedCategories(sql);
  }

  @Query(() => [PathwayStageType], {
    description: 'The care pathway stages in pathway order. Filters take their codes.',
  })
  pathwayStages(@Ctx() { sql }: RequestContext) {
    return listPathwayStages(sql);
  }

  @Query(() => [ServiceTypeType], {
    description: "The service types along the pathway, each with its stage and default capacity basis. services.csv's service_type takes their codes.",
  })
  serviceTypes(@Ctx() { sql }: RequestContext) {
    return listServiceTypes(sql);
  }
}
