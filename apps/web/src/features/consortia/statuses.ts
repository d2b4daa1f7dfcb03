import type { ConsortiumStatus } from '../../gql/graphql';

/** The moves a broker may ask for from each status, in display order (the API checks them again). */
export const NEXT_STATUSES: Record<ConsortiumStatus, ConsortiumStatus[]> = {
  FORMING: ['CONFIRMED', 'DISSOLVED'],
  CONFIRMED: ['APPLICATION_DRAFT', 'DISSOLVED'],
  APPLICATION_DRAFT: ['SUBMITTED', 'DISSOLVED'],
  SUBMITTED: ['FUNDED', 'NOT_FUNDED', 'DISSOLVED'],
  FUNDED: [],
  NOT_FUNDED: [],
  DISSOLVED: [],
};
