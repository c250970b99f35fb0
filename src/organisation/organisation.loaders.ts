import { rowByKeyLoader, rowsByKeyLoader } from '../graphql/keyed-loaders.js';
import type { RegionType } from './Region.type.js';
import type { IntegratedCareSystemType } from './IntegratedCareSystem.type.js';
import type { LocalAuthorityType } from './LocalAuthority.type.js';
import type { IcsSuccessionType } from './IcsSuccession.type.js';
import type { PlaceType } from './Place.type.js';

type Keyed<T> = T & { key: string };

export const ICS_COLUMNS = `ods_code as "odsCode", ons_code as "onsCode", name, region_ods_code as "regionOdsCode",
  to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo"`;

export const regionByOdsCode = rowByKeyLoader<Keyed<RegionType>>(
  `select ods_code as key, ods_code as "odsCode", ons_code as "onsCode", name from regions where ods_code = any($1)`,
);

/**
 * Accepts the ODS code (QWU) or the ONS code (E54…): analysts and federated systems use both. Any ICS,
 * current or abolished: a code names one ICS whatever the date.
 */
export const integratedCareSystemByCode = rowByKeyLoader<Keyed<IntegratedCareSystemType>>(
  `select code as key, ${ICS_COLUMNS}
   from integrated_care_systems, unnest($1::text[]) as code
   where ods_code = upper(code) or ons_code = upper(code)`,
);

export const localAuthorityByCode = rowByKeyLoader<Keyed<LocalAuthorityType>>(
  `select ons_code as key, ons_code as "onsCode", name, tier from local_authorities where ons_code = any($1)`,
);

const PLACE_VALIDITY = `to_char(p.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(p.valid_to, 'YYYY-MM-DD') as "validTo"`;

export const placesByIcs = rowsByKeyLoader<Keyed<PlaceType>>(
  `select p.ics_code as key, p.ics_code as "icsCode", p.la_code as "laCode", p.population_share::float8 as "populationShare",
     ${PLACE_VALIDITY}
   from places p join local_authorities la on la.ons_code = p.la_code
   where p.ics_code = any($1) order by la.name, p.valid_from nulls first`,
);

export const placesByLocalAuthority = rowsByKeyLoader<Keyed<PlaceType>>(
  `select la_code as key, ics_code as "icsCode", la_code as "laCode", population_share::float8 as "populationShare",
     ${PLACE_VALIDITY}
   from places p where la_code = any($1) order by ics_code, valid_from nulls first`,
);

const SUCCESSION_COLUMNS = `predecessor_ods_code as "predecessorOdsCode", successor_ods_code as "successorOdsCode",
  to_char(effective_date, 'YYYY-MM-DD') as "effectiveDate", part_moved as "partMoved"`;

/** The ICSs an ICS took over (a part of), by the successor's ODS code. */
export const predecessorsOf = rowsByKeyLoader<Keyed<IcsSuccessionType>>(
  `select successor_ods_code as key, ${SUCCESSION_COLUMNS}
   from ics_successions where successor_ods_code = any($1) order by effective_date, predecessor_ods_code`,
);

/** The ICSs that took over (a part of) an ICS, by the predecessor's ODS code. */
export const successorsOf = rowsByKeyLoader<Keyed<IcsSuccessionType>>(
  `select predecessor_ods_code as key, ${SUCCESSION_COLUMNS}
   from ics_successions where predecessor_ods_code = any($1) order by effective_date, successor_ods_code`,
);
