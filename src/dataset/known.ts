import type { SqlRunner as Sql } from '../db/sql.js';

/** What targets.csv says about a metric; every target row of one metric must agree on it. */
export interface MetricDefinition {
  name: string;
  /** Whether the name came from a national (England) target row, which names the metric best. */
  national: boolean;
  unit: string;
  direction: string;
  populationGroup: string;
  line: number;
}

/** A region as integrated_care_systems.csv describes it; every row naming the region must agree. */
export interface RegionDefinition {
  name: string;
  onsCode: string | null;
  line: number;
}

const CODE_SETS = {
  regions: 'select ods_code as code from regions',
  integratedCareSystems: 'select ods_code as code from integrated_care_systems',
  localAuthorities: 'select ons_code as code from local_authorities',
  places: `select ics_code || '/' || la_code as code from places`,
  cohorts: 'select code from cohorts order by sort_order',
  needCategories: 'select code from need_categories order by sort_order',
  pathwayStages: 'select code from pathway_stages order by sort_order',
  populationGroups: 'select code from population_groups order by min_age, code',
  serviceTypes: 'select code from service_types order by sort_order',
  metrics: 'select code from metrics',
} as const;

type CodeSet = keyof typeof CODE_SETS;

/**
 * The codes a row may refer to: those stored before the import, plus those defined by earlier
 * files (and rows) of this import, so places.csv may name an authority added by local_authorities.csv.
 */
export class KnownCodes {
  readonly codes = {} as Record<CodeSet, Set<string>>;
  readonly regionDefinitions = new Map<string, RegionDefinition>();
  readonly metricDefinitions = new Map<string, MetricDefinition>();
  /** Names local_authorities.csv gives, to name an authority in a message before it is written. */
  readonly localAuthorityNames = new Map<string, string>();
  /** Workforce roles, stored or named earlier in this import: code → name. */
  readonly roleNames = new Map<string, string>();
  /** The same roles by name in lower case → code, so a name finds its role whatever its case. */
  private readonly roleCodes = new Map<string, string>();

  static async load(sql: Sql): Promise<KnownCodes> {
    const known = new KnownCodes();
    const statement = [
      ...Object.entries(CODE_SETS).map(([set, select]) => `select '${set}' as set, code, null::text as name from (${select}) as ${set}`),
      `select 'roles' as set, code, name from workforce_roles`,
    ].join(' union all ');
    for (const set of Object.keys(CODE_SETS) as CodeSet[]) known.codes[set] = new Set();
    for (const row of await sql.rows<{ set: CodeSet | 'roles'; code: string; name: string | null }>(statement)) {
      if (row.set === 'roles') known.addRole(row.code, row.name!);
      else known.codes[row.set].add(row.code);
    }
    return known;
  }

  /**
   * Takes each stored metric's definition as given already, so one target row written alone (the write API) is
   * checked against its metric as stored and leaves the definition as it is, as a whole targets.csv would.
   */
  async loadStoredDefinitions(sql: Sql): Promise<this> {
    const rows = await sql.rows<{ code: string; name: string; unit: string; direction: string; populationGroup: string }>(
      'select code, name, unit, direction, population_group_code as "populationGroup" from metrics',
    );
    for (const { code, ...definition } of rows) this.metricDefinitions.set(code, { ...definition, national: true, line: 0 });
    return this;
  }

  has(set: CodeSet, code: string): boolean {
    return this.codes[set].has(code);
  }

  add(set: CodeSet, code: string): void {
    this.codes[set].add(code);
  }

  /** The code of the role with this name (any case), if one is known. */
  roleNamed(name: string): string | undefined {
    return this.roleCodes.get(name.toLowerCase());
  }

  /** A role and its name; a role already known keeps the name it has. */
  addRole(code: string, name: string): void {
    if (this.roleNames.has(code)) return;
    this.roleNames.set(code, name);
    this.roleCodes.set(name.toLowerCase(), code);
  }

  hasPlace(icsCode: string, laCode: string): boolean {
    return this.codes.places.has(placeKey(icsCode, laCode));
  }

  addPlace(icsCode: string, laCode: string): void {
    this.codes.places.add(placeKey(icsCode, laCode));
  }

  /** Codes of a small vocabulary, in their order, for "allowed: …" messages. */
  list(set: CodeSet): string[] {
    return [...this.codes[set]];
  }
}

function placeKey(icsCode: string, laCode: string): string {
  return `${icsCode}/${laCode}`;
}
