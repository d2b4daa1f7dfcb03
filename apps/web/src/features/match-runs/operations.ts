import { graphql } from '../../gql';

export const RunChoicesDocument = graphql(`
  query RunChoices($arenaId: ID!) {
    mobilizationArena(id: $arenaId) { id name }
    knowledgeNeeds(first: 100, filter: { arenaId: $arenaId, statuses: [OPEN] }) {
      edges { node { id title organization { name } } }
    }
    competenceProfiles(first: 100, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) {
      edges { node { id title organization { name } } }
    }
  }
`);

export const StartMatchRunDocument = graphql(`
  mutation StartMatchRun($input: StartMatchRunInput!) {
    startMatchRun(input: $input) { id status }
  }
`);

export const MatchRunDocument = graphql(`
  query MatchRun($id: ID!) {
    matchRun(id: $id) {
      id arenaId status phase progress error optimalityGap createdAt
      counts { needs profiles proposals unmatchedNeeds }
      proposals {
        id projectType score status
        leadOrganization { name }
        members { id role organization { name } }
      }
      unmatchedNeeds { knowledgeNeedId reason knowledgeNeed { id title organization { name } } }
    }
  }
`);

export const MatchRunUpdatedDocument = graphql(`
  subscription MatchRunUpdated($id: ID!) {
    matchRunUpdated(id: $id) { id status phase progress error }
  }
`);

export const CancelMatchRunDocument = graphql(`
  mutation CancelMatchRun($id: ID!) {
    cancelMatchRun(id: $id) { id status }
  }
`);
