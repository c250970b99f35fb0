/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _Any: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  federation__Policy: { input: unknown; output: unknown; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** A JSNA figure: people in a local authority assessed as needing support at one pathway stage, in one cohort, need category and financial year. Years ahead are projections. */
export type AssessedNeed = {
  __typename?: 'AssessedNeed';
  /** people × populationShare: the need that counts towards the ICS. */
  attributedPeople: Scalars['Float']['output'];
  cohort: Scalars['String']['output'];
  /** The local authority's ONS code. */
  laCode: Scalars['String']['output'];
  needCategory: Scalars['String']['output'];
  pathwayStage: Scalars['String']['output'];
  /** People in the whole local authority. */
  people: Scalars['Int']['output'];
  /** Share of the authority's population in the ICS the need was reached through (1 when read from the authority itself). */
  populationShare: Scalars['Float']['output'];
  /** Where the figure comes from and whether it is assessed or projected. */
  source: Scalars['String']['output'];
  year: Scalars['Int']['output'];
  /** Financial year label, e.g. 2025/26. */
  yearLabel: Scalars['String']['output'];
};

/** A page of AssessedNeed records (Relay connection). */
export type AssessedNeedConnection = {
  __typename?: 'AssessedNeedConnection';
  edges: Array<AssessedNeedEdge>;
  pageInfo: PageInfo;
  /** Number of records matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AssessedNeedEdge = {
  __typename?: 'AssessedNeedEdge';
  cursor: Scalars['String']['output'];
  node: AssessedNeed;
};

/** An Integrated Care System: its Integrated Care Board (NHS body) and Integrated Care Partnership with its local authorities. */
export type IntegratedCareSystem = {
  __typename?: 'IntegratedCareSystem';
  name: Scalars['String']['output'];
  /** JSNA needs of this ICS's local authorities, each with the place share that attributes it to the ICS. */
  needs: AssessedNeedConnection;
  /** The ICB's ODS code, e.g. QWU. */
  odsCode: Scalars['String']['output'];
  /** The ICB's ONS code, e.g. E54000018. */
  onsCode: Scalars['String']['output'];
  /** The local authorities (whole or in part) in this ICS. */
  places: Array<Place>;
  /** Resident population by cohort, attributed to the ICS by place share; all years unless `year` is given. */
  population: Array<PopulationCount>;
  region: Region;
};


/** An Integrated Care System: its Integrated Care Board (NHS body) and Integrated Care Partnership with its local authorities. */
export type IntegratedCareSystemNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NeedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An Integrated Care System: its Integrated Care Board (NHS body) and Integrated Care Partnership with its local authorities. */
export type IntegratedCareSystemPopulationArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of IntegratedCareSystem records (Relay connection). */
export type IntegratedCareSystemConnection = {
  __typename?: 'IntegratedCareSystemConnection';
  edges: Array<IntegratedCareSystemEdge>;
  pageInfo: PageInfo;
  /** Number of records matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type IntegratedCareSystemEdge = {
  __typename?: 'IntegratedCareSystemEdge';
  cursor: Scalars['String']['output'];
  node: IntegratedCareSystem;
};

/** Narrows the list of ICSs; every field is optional. */
export type IntegratedCareSystemFilter = {
  /** Part of the name, case-insensitive. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** NHS England region's ODS (Y56…) or ONS (E40…) code. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows JSNA needs; every field is optional. */
export type NeedFilter = {
  /** Life-stage cohort code. */
  cohort?: InputMaybe<Scalars['String']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** A local authority's ONS code. */
  laCode?: InputMaybe<Scalars['String']['input']>;
  /** Need category code. */
  needCategory?: InputMaybe<Scalars['String']['input']>;
  /** Pathway stage code. */
  pathwayStage?: InputMaybe<Scalars['String']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a page of a connection starts and ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The part of a local authority that lies in an ICS. Need recorded for the authority counts towards the ICS multiplied by populationShare. */
export type Place = {
  __typename?: 'Place';
  /** The ICS's ODS code. */
  icsCode: Scalars['String']['output'];
  /** The local authority's ONS code. */
  laCode: Scalars['String']['output'];
  /** Share (0–1] of the authority's population living in this ICS. */
  populationShare: Scalars['Float']['output'];
};

/** Resident population in one life-stage cohort and financial year. */
export type PopulationCount = {
  __typename?: 'PopulationCount';
  /** Life-stage cohort code, e.g. PREPARING_FOR_ADULTHOOD. */
  cohort: Scalars['String']['output'];
  /** People; for an ICS, each authority's population multiplied by its place's population share. */
  people: Scalars['Float']['output'];
  /** Financial year by its starting calendar year (2025 means 2025/26). */
  year: Scalars['Int']['output'];
  /** Financial year label, e.g. 2025/26. */
  yearLabel: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
  /** One ICS by its ODS code (QWU) or ONS code (E54…). */
  integratedCareSystem?: Maybe<IntegratedCareSystem>;
  /** The ICSs of England, in name order. */
  integratedCareSystems: IntegratedCareSystemConnection;
};


export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


export type QueryIntegratedCareSystemArgs = {
  code: Scalars['String']['input'];
};


export type QueryIntegratedCareSystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IntegratedCareSystemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One of NHS England's seven regions. */
export type Region = {
  __typename?: 'Region';
  name: Scalars['String']['output'];
  /** ODS code, Y56 to Y63. */
  odsCode: Scalars['String']['output'];
  /** ONS code (E40…). */
  onsCode?: Maybe<Scalars['String']['output']>;
};

export type _Entity = IntegratedCareSystem;

export type _Service = {
  __typename?: '_Service';
  sdl?: Maybe<Scalars['String']['output']>;
};

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

/** Narrows the list of ICSs; every field is optional. */
export type IntegratedCareSystemFilter = {
  /** Part of the name, case-insensitive. */
  nameContains?: string | null | undefined;
  /** NHS England region's ODS (Y56…) or ONS (E40…) code. */
  regionCode?: string | null | undefined;
};

export type IntegratedCareSystemsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IntegratedCareSystemFilter | null | undefined;
}>;


export type IntegratedCareSystemsQuery = { integratedCareSystems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { odsCode: string, onsCode: string, name: string, region: { odsCode: string, onsCode: string | null, name: string } } }> } };

export type IntegratedCareSystemQueryVariables = Exact<{
  code: string;
}>;


export type IntegratedCareSystemQuery = { integratedCareSystem: { odsCode: string, onsCode: string, name: string, places: Array<{ laCode: string, populationShare: number }>, population: Array<{ cohort: string, year: number, yearLabel: string, people: number }> } | null };


export const IntegratedCareSystemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegratedCareSystems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratedCareSystemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integratedCareSystems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntegratedCareSystemsQuery, IntegratedCareSystemsQueryVariables>;
export const IntegratedCareSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegratedCareSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integratedCareSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearLabel"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}}]}}]} as unknown as DocumentNode<IntegratedCareSystemQuery, IntegratedCareSystemQueryVariables>;