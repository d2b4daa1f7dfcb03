import { graphql } from '../../gql';

export const NeedInterestsDocument = graphql(`
  query NeedInterests($id: ID!) {
    knowledgeNeed(id: $id) {
      id
      interests {
        id note createdAt organizationId
        organization { id name }
        competenceProfile { id title }
      }
    }
  }
`);

export const MyGroupProfilesDocument = graphql(`
  query MyGroupProfiles($organizationId: ID!) {
    competenceProfiles(filter: { organizationId: $organizationId }, first: 50) {
      edges { node { id title } }
    }
  }
`);

export const ExpressInterestDocument = graphql(`
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterestInNeed(input: $input) { id note }
  }
`);

export const WithdrawInterestDocument = graphql(`
  mutation WithdrawInterest($id: ID!) {
    withdrawInterestInNeed(id: $id) { id }
  }
`);

export const SimilarNeedsDocument = graphql(`
  query SimilarNeeds($needId: ID!) {
    similarKnowledgeNeeds(needId: $needId, first: 5) {
      similarity sharedTerms
      need { id title organization { id name } }
    }
  }
`);

export const ArenaExclusionsDocument = graphql(`
  query ArenaExclusions($arenaId: ID!) {
    conflictExclusions(arenaId: $arenaId) {
      id reason createdAt
      organizationA { id name }
      organizationB { id name }
    }
  }
`);

export const ArenaOrganizationsDocument = graphql(`
  query ArenaOrganizations($arenaId: ID, $kinds: [OrganizationKind!], $text: String) {
    organizations(filter: { arenaId: $arenaId, kinds: $kinds, text: $text }, first: 100) {
      edges { node { id name kind } }
    }
  }
`);

export const CreateExclusionDocument = graphql(`
  mutation CreateExclusion($input: CreateConflictExclusionInput!) {
    createConflictExclusion(input: $input) { id }
  }
`);

export const DeleteExclusionDocument = graphql(`
  mutation DeleteExclusion($id: ID!) {
    deleteConflictExclusion(id: $id) { id }
  }
`);

export const ArenaNamesDocument = graphql(`
  query ArenaNames {
    mobilizationArenas { id name }
  }
`);
