import { graphql } from '../../gql';

export const ConsortiumDocument = graphql(`
  query Consortium($id: ID!, $locale: String!) {
    consortium(id: $id) {
      id arenaId proposalId projectType status version rulesHold needsAttention attentionReason createdAt
      leadOrganization { id name }
      members {
        id role response responseReason invitedAt respondedAt organizationId
        committedPersonMonths contactPersonName contactPersonFreed
        organization { id name kind }
        knowledgeNeed { id title }
        competenceProfile { id title }
      }
      ruleChecks(locale: $locale) { rule outcome message accepted acceptedReason }
      statusHistory { fromStatus toStatus changedAt reason }
      replacements {
        id status explanation score declinedMemberId
        organization { id name }
        knowledgeNeed { id title }
        competenceProfile { id title }
      }
    }
  }
`);

export const ConsortiaDocument = graphql(`
  query Consortia($filter: ConsortiumFilter, $first: Int!, $after: String) {
    consortia(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id projectType status needsAttention createdAt
          leadOrganization { id name }
          members { id response }
        }
      }
    }
  }
`);

export const ChangeConsortiumStatusDocument = graphql(`
  mutation ChangeConsortiumStatus($input: ChangeConsortiumStatusInput!) {
    changeConsortiumStatus(input: $input) { id status version }
  }
`);

export const RespondToInvitationDocument = graphql(`
  mutation RespondToConsortiumInvitation($id: ID!, $accept: Boolean!, $reason: String, $commitment: ConsortiumCommitmentInput) {
    respondToConsortiumInvitation(id: $id, accept: $accept, reason: $reason, commitment: $commitment) {
      member { id response }
      replacement { id status }
    }
  }
`);

export const AcceptReplacementDocument = graphql(`
  mutation AcceptConsortiumReplacement($input: AcceptConsortiumReplacementInput!) {
    acceptConsortiumReplacement(input: $input) { id response }
  }
`);

export const AcceptRuleWarningDocument = graphql(`
  mutation AcceptProgrammeRuleWarning($input: AcceptProgrammeRuleWarningInput!) {
    acceptProgrammeRuleWarning(input: $input) { id rulesHold }
  }
`);
