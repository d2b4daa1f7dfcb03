import { randomUUID } from 'node:crypto';
import { gql, TestApp } from '../support/graphql';

/** Small GraphQL-level helpers for the API e2e specs (data is created through the API itself). */

export function unique(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

export interface CreatedOrganization {
  id: string;
  version: number;
  countyNumber: string | null;
}

const CREATE_ORGANIZATION = /* GraphQL */ `
  mutation ($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      version
      countyNumber
    }
  }
`;

export async function createOrganization(
  app: TestApp,
  input: Record<string, unknown>,
): Promise<CreatedOrganization> {
  const res = await gql<{ createOrganization: CreatedOrganization }>(app, CREATE_ORGANIZATION, {
    input,
  });
  if (res.errors || !res.data)
    throw new Error(`createOrganization failed: ${JSON.stringify(res.errors)}`);
  return res.data.createOrganization;
}

export function createMunicipalityOrganization(
  app: TestApp,
  municipalityNumber: string,
  name?: string,
) {
  return createOrganization(app, {
    kind: 'MUNICIPALITY',
    name: name ?? unique(`Kommune ${municipalityNumber}`),
    municipalityNumber,
    researchExperience: 'NONE',
  });
}

export async function createResearchGroup(
  app: TestApp,
  name?: string,
): Promise<CreatedOrganization> {
  const res = await gql<{ researchInstitutions: Array<{ id: string }> }>(
    app,
    '{ researchInstitutions { id } }',
  );
  const institution = res.data!.researchInstitutions[0];
  return createOrganization(app, {
    kind: 'RESEARCH_GROUP',
    name: name ?? unique('Forskningsgruppe'),
    researchInstitutionId: institution.id,
    researchExperience: 'EXTENSIVE',
    internationalPartners: true,
  });
}

export interface CreatedNeed {
  id: string;
  version: number;
  title: string;
  status: string;
}

const CREATE_NEED = /* GraphQL */ `
  mutation ($input: CreateKnowledgeNeedInput!) {
    createKnowledgeNeed(input: $input) {
      id
      version
      title
      status
    }
  }
`;

export async function createNeed(
  app: TestApp,
  input: Record<string, unknown>,
): Promise<CreatedNeed> {
  const res = await gql<{ createKnowledgeNeed: CreatedNeed }>(app, CREATE_NEED, {
    input: { title: unique('Behov'), ...input },
  });
  if (res.errors || !res.data)
    throw new Error(`createKnowledgeNeed failed: ${JSON.stringify(res.errors)}`);
  return res.data.createKnowledgeNeed;
}
