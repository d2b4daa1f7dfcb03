import { graphql } from '../../gql';

export const ProposalDocument = graphql(`
  query Proposal($id: ID!) {
    consortiumProposal(id: $id) {
      id arenaId matchRunId projectType score status explanation decisionReason decidedAt version
      components { relevance coverage cohesion diversity }
      leadOrganization { id name }
      consortium { id status }
      members {
        id role
        organization {
          id name kind countyNumber municipalityNumber
          municipality { name }
          researchInstitution { name municipalityNumber countyNumber }
        }
        knowledgeNeed { id title }
        competenceProfile { id title countyNumbers }
      }
    }
  }
`);

export const AcceptProposalDocument = graphql(`
  mutation AcceptProposal($id: ID!) {
    acceptConsortiumProposal(id: $id) { id status decidedAt consortium { id status } }
  }
`);

export const RejectProposalDocument = graphql(`
  mutation RejectProposal($id: ID!, $reason: String!, $reasonCategory: RejectionReasonCategory) {
    rejectConsortiumProposal(id: $id, reason: $reason, reasonCategory: $reasonCategory) { id status decidedAt decisionReason decisionReasonCategory }
  }
`);
