import { graphql } from '../../gql';

export const ArenasDocument = graphql(`
  query Arenas {
    mobilizationArenas { id name counties { number name } }
  }
`);

export const ArenaOverviewDocument = graphql(`
  query ArenaOverview($arenaId: ID!) {
    mobilizationArena(id: $arenaId) { id name description counties { number name } }
    openNeeds: knowledgeNeeds(first: 1, filter: { arenaId: $arenaId, statuses: [OPEN] }) { totalCount }
    activeProfiles: competenceProfiles(first: 1, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) { totalCount }
    waiting: consortiumProposals(first: 5, filter: { arenaId: $arenaId, status: PROPOSED }) {
      totalCount
      edges { node { id projectType score leadOrganization { name } members { id role } } }
    }
    accepted: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: ACCEPTED }) { totalCount }
    rejected: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: REJECTED }) { totalCount }
    matchRuns(first: 5, filter: { arenaId: $arenaId }) {
      edges { node { id status phase progress createdAt counts { proposals unmatchedNeeds } } }
    }
  }
`);
