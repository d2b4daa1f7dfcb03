import { graphql } from '../../gql';

export const ProfilesListDocument = graphql(`
  query ProfilesList($filter: CompetenceProfileFilter, $first: Int!, $after: String) {
    competenceProfiles(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id title status themes keywords capacity
          organization { id name researchInstitution { name } }
        }
      }
    }
  }
`);

export const ProfileDocument = graphql(`
  query Profile($id: ID!) {
    competenceProfile(id: $id) {
      id title description status themes keywords methods capacity internationalPartners
      counties { number name }
      organization { id name researchInstitution { name } }
      references { id kind title year }
      contacts { id hidden name email role }
    }
  }
`);

export const RecommendedNeedsDocument = graphql(`
  query RecommendedNeeds($profileId: ID!) {
    recommendedKnowledgeNeeds(profileId: $profileId, first: 10) {
      score sharedTerms
      knowledgeNeed { id title organization { name } }
    }
  }
`);
