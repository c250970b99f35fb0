import { join } from 'node:path';
import { AGE_PROFILES, LOCAL_AUTHORITY_DEMOGRAPHY, type AgeProfileName } from '../../seeds/demo-generator/assumptions.js';
import { readCsv } from '../../seeds/demo-generator/csv.js';
import type { KeyedRandom } from './random.js';

/**
 * The organisations of the benchmark dataset: all 42 real ICSs, the 40 real authorities and 42 places of
 * the demo dataset, and synthetic upper-tier authorities (ONS-shaped codes E06/E08/E09/E10 + 9xxxxx, names
 * starting "Bench synthetic") for the 32 ICSs the demo leaves without places.
 */
export interface Ics {
  odsCode: string;
  onsCode: string;
  name: string;
  shortName: string;
  regionOdsCode: string;
  regionName: string;
  regionOnsCode: string;
}

export type Tier = 'UNITARY' | 'COUNTY' | 'METROPOLITAN_DISTRICT' | 'LONDON_BOROUGH';

export interface LocalAuthority {
  onsCode: string;
  name: string;
  tier: Tier;
  residents: number;
  profile: AgeProfileName;
  synthetic: boolean;
}

export interface Place {
  icsCode: string;
  laCode: string;
  share: number;
  /** As written to places.csv, so shares of a split authority add to exactly 1. */
  shareText: string;
}

export interface Areas {
  icss: Ics[];
  localAuthorities: LocalAuthority[];
  places: Place[];
  laByCode: Map<string, LocalAuthority>;
  placesByIcs: Map<string, Place[]>;
}

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds', 'demo');

/** Synthetic authorities per tier, by ONS prefix. */
const TIER_PREFIX: Record<Tier, string> = {
  UNITARY: 'E06',
  METROPOLITAN_DISTRICT: 'E08',
  LONDON_BOROUGH: 'E09',
  COUNTY: 'E10',
};
const TIER_WORD: Record<Tier, string> = {
  UNITARY: 'unitary authority',
  METROPOLITAN_DISTRICT: 'metropolitan borough',
  LONDON_BOROUGH: 'London borough',
  COUNTY: 'county council',
};
const RESIDENTS: Record<Tier, [number, number]> = {
  UNITARY: [130_000, 360_000],
  METROPOLITAN_DISTRICT: [190_000, 560_000],
  LONDON_BOROUGH: [170_000, 390_000],
  COUNTY: [480_000, 1_250_000],
};
const PROFILES: Record<Tier, AgeProfileName[]> = {
  UNITARY: ['ENGLAND_AVERAGE', 'YOUNG_URBAN', 'OLDER_RURAL_COASTAL'],
  METROPOLITAN_DISTRICT: ['ENGLAND_AVERAGE', 'YOUNG_URBAN'],
  LONDON_BOROUGH: ['INNER_LONDON', 'YOUNG_URBAN', 'ENGLAND_AVERAGE'],
  COUNTY: ['ENGLAND_AVERAGE', 'OLDER_RURAL_COASTAL'],
};
const LONDON_REGION = 'Y56';
const METROPOLITAN_REGIONS = new Set(['Y60', 'Y62', 'Y63']);

/** How a few synthetic county councils are split between neighbouring ICSs of the same region. */
const SPLITS: string[][] = [['0.8', '0.2'], ['0.65', '0.35'], ['0.5', '0.3', '0.2'], ['0.9', '0.1'], ['0.55', '0.45']];

export function buildAreas(random: KeyedRandom, syntheticCount: number): Areas {
  // The bench keeps one set of boundaries for every year: the 42 ICSs and places the demo has before its
  // April 2026 reorganisation (rows without valid_from), written without validity.
  const icss: Ics[] = readCsv(join(SEEDS, 'integrated_care_systems.csv')).filter(always).map((row) => ({
    odsCode: row.ods_code,
    onsCode: row.ons_code,
    name: row.name,
    shortName: row.name.replace(/^NHS /, '').replace(/ Integrated Care Board$/, ''),
    regionOdsCode: row.region_ods_code,
    regionName: row.region_name,
    regionOnsCode: row.region_ons_code,
  }));
  const localAuthorities: LocalAuthority[] = readCsv(join(SEEDS, 'local_authorities.csv')).map((row) => {
    const demography = LOCAL_AUTHORITY_DEMOGRAPHY[row.ons_code];
    return {
      onsCode: row.ons_code,
      name: row.name,
      tier: row.tier as Tier,
      residents: demography?.residents ?? 300_000,
      profile: demography?.profile ?? 'ENGLAND_AVERAGE',
      synthetic: false,
    };
  });
  const places: Place[] = readCsv(join(SEEDS, 'places.csv')).filter(always).map((row) => ({
    icsCode: row.ics_code,
    laCode: row.la_code,
    share: Number(row.population_share),
    shareText: row.population_share,
  }));

  // Synthetic authorities for the ICSs without places, 3 or 4 each, in file order.
  const withPlaces = new Set(places.map((place) => place.icsCode));
  const bare = icss.filter((ics) => !withPlaces.has(ics.odsCode));
  const serial: Record<Tier, number> = { UNITARY: 0, METROPOLITAN_DISTRICT: 0, LONDON_BOROUGH: 0, COUNTY: 0 };
  const counties: { la: LocalAuthority; ics: Ics }[] = [];
  let remaining = syntheticCount;
  bare.forEach((ics, index) => {
    const count = Math.round(remaining / (bare.length - index));
    remaining -= count;
    for (let n = 0; n < count; n += 1) {
      const tier: Tier =
        ics.regionOdsCode === LONDON_REGION
          ? 'LONDON_BOROUGH'
          : n === 0
            ? 'COUNTY'
            : METROPOLITAN_REGIONS.has(ics.regionOdsCode) && random.uniform(`${ics.odsCode}|${n}|met`) < 0.5
              ? 'METROPOLITAN_DISTRICT'
              : 'UNITARY';
      serial[tier] += 1;
      const number = String(serial[tier]).padStart(3, '0');
      const key = `${TIER_PREFIX[tier]}|${number}`;
      const [low, high] = RESIDENTS[tier];
      const la: LocalAuthority = {
        onsCode: `${TIER_PREFIX[tier]}9${String(serial[tier]).padStart(5, '0')}`,
        name: `Bench synthetic ${TIER_WORD[tier]} ${number}`,
        tier,
        residents: Math.round(random.uniform(`${key}|residents`, low, high) / 1000) * 1000,
        profile: random.pick(`${key}|profile`, PROFILES[tier]),
        synthetic: true,
      };
      localAuthorities.push(la);
      if (tier === 'COUNTY') counties.push({ la, ics });
      else places.push({ icsCode: ics.odsCode, laCode: la.onsCode, share: 1, shareText: '1' });
    }
  });

  // Counties: whole in their ICS, except a few split with the next ICSs of the same region.
  let splitIndex = 0;
  counties.forEach(({ la, ics }, index) => {
    const neighbours = bare.filter((other) => other.regionOdsCode === ics.regionOdsCode && other !== ics);
    const shares = index % 5 === 2 && splitIndex < SPLITS.length ? SPLITS[splitIndex] : ['1'];
    if (shares.length > neighbours.length + 1) {
      places.push({ icsCode: ics.odsCode, laCode: la.onsCode, share: 1, shareText: '1' });
      return;
    }
    if (shares.length > 1) splitIndex += 1;
    const owners = [ics, ...neighbours.slice(0, shares.length - 1)];
    owners.forEach((owner, n) =>
      places.push({ icsCode: owner.odsCode, laCode: la.onsCode, share: Number(shares[n]), shareText: shares[n] }),
    );
  });

  const laByCode = new Map(localAuthorities.map((la) => [la.onsCode, la]));
  const placesByIcs = new Map<string, Place[]>(icss.map((ics) => [ics.odsCode, []]));
  for (const place of places) placesByIcs.get(place.icsCode)!.push(place);
  for (const list of placesByIcs.values()) list.sort((a, b) => (a.laCode < b.laCode ? -1 : a.laCode > b.laCode ? 1 : 0));
  return { icss, localAuthorities, places, laByCode, placesByIcs };
}

/** A seed row of the boundaries before April 2026 (no start date). */
function always(row: Record<string, string>): boolean {
  return !row.valid_from;
}

export { AGE_PROFILES };
