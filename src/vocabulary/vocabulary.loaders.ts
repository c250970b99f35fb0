import type { SqlRunner } from '../db/sql.js';
import type { CohortType } from './Cohort.type.js';
import type { NeedCategoryType } from './NeedCategory.type.js';
import type { PathwayStageType } from './PathwayStage.type.js';
import type { ServiceTypeType } from './ServiceType.type.js';

// The vocabularies are a handful of rows each: one statement per list, in their own order.

export const listCohorts = (sql: SqlRunner) =>
  sql.rows<CohortType>(
    `select code, label, min_age as "minAge", max_age as "maxAge", counted_max_age as "countedMaxAge",
       cohort_group as "group", sort_order as "sortOrder" from cohorts order by sort_order`,
  );

export const listNeedCategories = (sql: SqlRunner) =>
  sql.rows<NeedCategoryType>(`select code, label, sort_order as "sortOrder" from need_categories order by sort_order`);

export const listPathwayStages = (sql: SqlRunner) =>
  sql.rows<PathwayStageType>(
    `select code, label, description, sort_order as "sortOrder", direction from pathway_stages order by sort_order`,
  );

export const listServiceTypes = (sql: SqlRunner) =>
  sql.rows<ServiceTypeType>(
    `select code, label, pathway_stage_code as "pathwayStage", default_basis as "defaultBasis", sort_order as "sortOrder"
     from service_types order by sort_order`,
  );
