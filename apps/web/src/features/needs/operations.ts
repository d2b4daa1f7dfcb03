import { graphql } from '../../gql';

export const NeedsListDocument = graphql(`
  query NeedsList($filter: KnowledgeNeedFilter, $first: Int!, $after: String) {
    knowledgeNeeds(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id title status themes projectType updatedAt
          organization { id name county { name } }
        }
      }
    }
  }
`);

export const NeedDocument = graphql(`
  query Need($id: ID!) {
    knowledgeNeed(id: $id) {
      id title description status themes projectType language version updatedAt
      committedPersonMonths committedContactFreed organizationId
      organization { id name county { name } municipality { name population } }
      contacts { id hidden name email phone role }
    }
  }
`);

export const RecommendedProfilesDocument = graphql(`
  query RecommendedProfiles($needId: ID!) {
    recommendedCompetenceProfiles(needId: $needId, first: 5) {
      score sharedTerms
      competenceProfile { id title organization { name researchInstitution { name } } }
    }
  }
`);

export const CountiesDocument = graphql(`
  query Counties {
    counties { number name }
  }
`);

export const CreateNeedDocument = graphql(`
  mutation CreateNeed($input: CreateKnowledgeNeedInput!) {
    createKnowledgeNeed(input: $input) { id version status }
  }
`);

export const UpdateNeedDocument = graphql(`
  mutation UpdateNeed($input: UpdateKnowledgeNeedInput!) {
    updateKnowledgeNeed(input: $input) { id version status title description themes projectType language }
  }
`);

export const WithdrawNeedDocument = graphql(`
  mutation WithdrawNeed($id: ID!, $version: Int) {
    withdrawKnowledgeNeed(id: $id, version: $version) { id version status }
  }
`);

export const MyOrganizationsDocument = graphql(`
  query MyOrganization($id: ID!) {
    organization(id: $id) { id name kind }
  }
`);
