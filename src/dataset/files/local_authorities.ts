import { LocalAuthorityTier } from '../../organisation/LocalAuthority.entity.js';
import * as code from '../codes.js';
import { LA_OF_ICS } from '../exportSql.js';
import { oneOf, text } from '../fields.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const localAuthorities = table({
  name: 'local_authorities',
  columns: { ons_code: 'text', name: 'text', tier: 'text' },
  key: ['ons_code'],
});

const TIER_BY_PREFIX: Record<string, LocalAuthorityTier> = {
  E06: LocalAuthorityTier.UNITARY,
  E08: LocalAuthorityTier.METROPOLITAN_DISTRICT,
  E09: LocalAuthorityTier.LONDON_BOROUGH,
  E10: LocalAuthorityTier.COUNTY,
};

/** The ONS code's prefix fixes the tier (E06 unitary, E08 metropolitan district, E09 London, E10 county). */
function tierMatchesCode(onsCode: string, tier: LocalAuthorityTier): ColumnProblem[] {
  const prefix = onsCode.slice(0, 3);
  const expected = TIER_BY_PREFIX[prefix];
  if (tier === expected) return [];
  return [{ column: 'tier', message: `tier ${tier} does not match code ${onsCode} (${prefix} is ${expected})` }];
}

/** Upper-tier local authorities (their Health and Wellbeing Boards publish the JSNA). */
export const localAuthoritiesFile = defineFile(
  'local_authorities.csv',
  { ons_code: code.laOnsCode, name: text(), tier: oneOf(Object.values(LocalAuthorityTier)) },
  {
    keys: [['ons_code']],
    check: (row) => tierMatchesCode(row.ons_code, row.tier),
    remember: (row, known) => {
      known.add('localAuthorities', row.ons_code);
      // The name may have failed to parse (the key alone is enough to remember the code).
      if (row.name) known.localAuthorityNames.set(row.ons_code, row.name);
    },
    write: into(localAuthorities, { ons_code: 'ons_code', name: 'name', tier: 'tier' }),
    export: {
      perIcs: true,
      sql: `select la.ons_code, la.name, la.tier from local_authorities la where ${LA_OF_ICS('la.ons_code')} order by la.ons_code`,
    },
  },
);
