import * as code from '../codes.js';
import { ALL_OR } from '../exportSql.js';
import { decimal, year } from '../fields.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { upsert } from '../upsert.js';
import { inOrder, into, withSources, type Writer } from '../writers.js';

const workforceRoles = table({
  name: 'workforce_roles',
  columns: { code: 'text', name: 'text' },
  key: ['code'],
});

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

/**
 * The roles a batch of plan lines names, with the names the role parser remembered: a stored role keeps
 * its name (so this writes nothing for it), a new one is added.
 */
const writeRoles: Writer<{ role: string }> = withSources(
  async (rows, sql, known) => {
    const records = [...new Set(rows.map((row) => row.role))].map((role) => ({ code: role, name: known.roleNames.get(role)! }));
    return [await upsert(sql, workforceRoles, records)];
  },
  [{ table: workforceRoles.name, columns: { code: 'role', name: 'role' } }],
);

const wte = decimal(10, 2);

/**
 * The workforce plan: whole-time equivalents in post, planned and required, by role, stage and year.
 * A role is given by name or by code (see `role`); the export writes each role's name, which reads back
 * as the same role.
 */
export const workforcePlanFile = defineFile(
  'workforce_plan.csv',
  {
    ics_code: code.knownIcs,
    role: code.role,
    pathway_stage: code.pathwayStage,
    year,
    wte_in_post: wte,
    wte_planned: wte,
    wte_required: wte,
  },
  {
    keys: [['ics_code', 'role', 'pathway_stage', 'year']],
    write: inOrder(
      writeRoles,
      into(workforcePlanLines, {
        ics_code: 'ics_code',
        role: 'role',
        pathway_stage_code: 'pathway_stage',
        year: 'year',
        wte_in_post: 'wte_in_post',
        wte_planned: 'wte_planned',
        wte_required: 'wte_required',
      }),
    ),
    export: {
      perIcs: true,
      sql: `select w.ics_code, r.name as role, w.pathway_stage_code as pathway_stage, w.year, w.wte_in_post::text as wte_in_post,
        w.wte_planned::text as wte_planned, w.wte_required::text as wte_required
      from workforce_plan_lines w join workforce_roles r on r.code = w.role
      where ${ALL_OR('w.ics_code = $1')} order by w.ics_code, w.role, w.pathway_stage_code, w.year`,
    },
  },
);
