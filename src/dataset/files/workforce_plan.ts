import * as code from '../codes.js';
import { ALL_OR } from '../exportSql.js';
import { decimal, year } from '../fields.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const workforcePlanLines = table({
  name: 'workforce_plan_lines',
  columns: {
    ics_code: 'text',
    role: 'text',
    pathway_stage_code: 'text',
    year: 'int',
    wte_in_post: 'numeric',
    wte_planned: 'numeric',
    wte_required: 'numeric',
  },
  key: ['ics_code', 'role', 'pathway_stage_code', 'year'],
});

const wte = decimal(10, 2);

/** The workforce plan: whole-time equivalents in post, planned and required, by role, stage and year. */
export const workforcePlanFile = defineFile(
  'workforce_plan.csv',
  {
    ics_code: code.knownIcs,
    role: code.roleCode,
    pathway_stage: code.pathwayStage,
    year,
    wte_in_post: wte,
    wte_planned: wte,
    wte_required: wte,
  },
  {
    keys: [['ics_code', 'role', 'pathway_stage', 'year']],
    write: into(workforcePlanLines, {
      ics_code: 'ics_code',
      role: 'role',
      pathway_stage_code: 'pathway_stage',
      year: 'year',
      wte_in_post: 'wte_in_post',
      wte_planned: 'wte_planned',
      wte_required: 'wte_required',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, role, pathway_stage_code as pathway_stage, year, wte_in_post::text as wte_in_post,
        wte_planned::text as wte_planned, wte_required::text as wte_required
      from workforce_plan_lines where ${ALL_OR('ics_code = $1')} order by ics_code, role, pathway_stage_code, year`,
    },
  },
);
