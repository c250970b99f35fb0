import { childPageLoader } from '../graphql/paged-children.js';
import { equalityConditions, yearConditions } from '../graphql/filters.js';
import type { WorkforcePlanFilter, WorkforcePlanLineType } from './WorkforcePlanLine.type.js';

/** The workforce plan of each ICS in pathway order, each role as a series of years. */
export const workforcePlanOfIcs = childPageLoader<WorkforcePlanFilter, WorkforcePlanLineType>({
  select: `select w.ics_code as parent_key, w.version, w.ics_code as "icsCode", w.role, r.name as "roleName",
             w.pathway_stage_code as "pathwayStage", w.year, w.wte_in_post::float8 as "wteInPost",
             w.wte_planned::float8 as "wtePlanned", w.wte_required::float8 as "wteRequired", ps.sort_order as stage_order
           from workforce_plan_lines w join pathway_stages ps on ps.code = w.pathway_stage_code
           join workforce_roles r on r.code = w.role
           where w.ics_code = any($1)`,
  order: 'stage_order, role, year',
  where: (filter, params) => [
    ...equalityConditions({ ...filter }, { pathwayStage: '"pathwayStage"', role: 'role' }, params),
    ...yearConditions(filter, 'year', params),
  ],
});
