import { rowByKeyLoader, rowsByKeyLoader } from '../graphql/keyed-loaders.js';
import type { RegionType } from './Region.type.js';
import type { IntegratedCareSystemType } from './IntegratedCareSystem.type.js';
import type { LocalAuthorityType } from './LocalAuthority.type.js';
import type { PlaceType } from './Place.type.js';

type Keyed<T> = T & { key: string };

export const ICS_COLUMNS = `ods_code as "odsCode", ons_code as "onsCode", name, region_ods_code as "regionOdsCode"`;

export const regionByOdsCode = rowByKeyLoader<Keyed<RegionType>>(
  `select ods_code as key, ods_code as "odsCode", ons_code as "onsCode", name from regions where ods_code = any($1)`,
);

/** Accepts the ODS code (QWU) or the ONS code (E54…): analysts and federated systems use both. */
export const integratedCareSystemByCode = rowByKeyLoader<Keyed<IntegratedCareSystemType>>(
  `select code as key, ${ICS_COLUMNS}
   from integrated_care_systems, unnest($1::text[]) as code
   where ods_code = upper(code) or ons_code = upper(code)`,
);

export const localAuthorityByCode = rowByKeyLoader<Keyed<LocalAuthorityType>>(
  `select ons_code as key, ons_code as "onsCode", name, tier from local_authorities where ons_code = any($1)`,
);

export const placesByIcs = rowsByKeyLoader<Keyed<PlaceType>>(
  `select p.ics_code as key, p.ics_code as "icsCode", p.la_code as "laCode", p.population_share::float8 as "populationShare"
   from places p join local_authorities la on la.ons_code = p.la_code
   where p.ics_code = any($1) order by la.name`,
);

export const placesByLocalAuthority = rowsByKeyLoader<Keyed<PlaceType>>(
  `select la_code as key, ics_code as "icsCode", la_code as "laCode", population_share::float8 as "populationShare"
   from places where la_code = any($1) order by ics_code`,
);
