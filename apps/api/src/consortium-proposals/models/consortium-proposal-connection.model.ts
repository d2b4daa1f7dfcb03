import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model';
import { ConsortiumProposalModel } from './consortium-proposal.model';

@ObjectType('ConsortiumProposalConnection')
export class ConsortiumProposalConnection extends ConnectionType(
  ConsortiumProposalModel,
  'ConsortiumProposal',
) {}
