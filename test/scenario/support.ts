import type { Credentials, TestApi } from '../support/api.js';

/** The scenario operations as a client sends them. */
export const CREATE = `mutation Create($icsCode: String!, $name: String!, $description: String) {
  createScenario(icsCode: $icsCode, name: $name, description: $description) { id icsCode name description createdBy status }
}`;

export const SCENARIO = `query Scenario($id: ID!) {
  scenario(id: $id) { id status createdBy closedBy changes { recordType key deleted baseVersion scenarioVersion changedBy reason } }
}`;

export const PROMOTE = `mutation Promote($scenario: ID!, $reason: String!) { promoteScenario(scenario: $scenario, reason: $reason) { id status closedBy } }`;

export const DISCARD = `mutation Discard($scenario: ID!) { discardScenario(scenario: $scenario) { id status } }`;

export const COMPARISON = `query Comparison($scenario: ID!, $fromYear: Int!, $toYear: Int!) {
  scenarioComparison(scenario: $scenario, fromYear: $fromYear, toYear: $toYear) {
    domain level icsCode laCode cohort needCategory pathwayStage year gapChange
    baseline { need provision gap severity }
    scenario { need provision gap severity }
  }
}`;

export const FINDINGS = `query Findings($filter: GapFilter!, $scenario: ID) {
  gapFindings(filter: $filter, first: 100, scenario: $scenario) { edges { node { domain level laCode cohort needCategory pathwayStage year need provision gap severity } } }
}`;

export const saveIn = (type: string) => `mutation Save($input: ${type}Input!, $expectedVersion: Int, $reason: String!, $scenario: ID) {
  save${type}(input: $input, expectedVersion: $expectedVersion, reason: $reason, scenario: $scenario) { recordType key version values }
}`;

export const deleteIn = (type: string) => `mutation Delete($key: ${type}Key!, $expectedVersion: Int!, $reason: String!, $scenario: ID) {
  delete${type}(key: $key, expectedVersion: $expectedVersion, reason: $reason, scenario: $scenario) { recordType key version values }
}`;

/** Opens a scenario and gives its id. */
export async function createScenario(api: TestApi, as: Credentials, icsCode = 'QWU', name = 'More community places'): Promise<string> {
  const { createScenario: created } = await api.query<{ createScenario: { id: string } }>(CREATE, { icsCode, name, description: null }, as);
  return created.id;
}
