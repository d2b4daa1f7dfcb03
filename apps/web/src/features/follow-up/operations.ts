import { graphql } from '../../gql';

export const ProgrammeIndicatorsDocument = graphql(`
  query ProgrammeIndicators($filter: ProgrammeIndicatorFilter) {
    programmeIndicators(filter: $filter, interval: MONTH) {
      from to
      total {
        municipalities { inScope mobilized share }
        needs { registered open inProposal inFormingOrConfirmedConsortium }
        research { groupsInvolved institutionsInvolved }
        proposals { made accepted rejected }
        consortia { byStatus { key count } }
        times { toFirstProposal { count medianDays } toConfirmedConsortium { count medianDays } }
        coverage { openNeeds covered share }
      }
      periods {
        start
        municipalities { mobilized }
        needs { registered open }
        proposals { made accepted }
      }
    }
  }
`);

export const CreateExportLinkDocument = graphql(`
  mutation CreateExportLink($input: CreateExportLinkInput!) {
    createExportLink(input: $input) { url expiresAt }
  }
`);
