import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { CompetenceProfile, KnowledgeNeed } from '@brobygger/persistence/entities';
import type { ConsortiumProposalMemberEntity } from '@brobygger/persistence/entities/consortium-proposal-member.entity';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';

export interface ProposalLoaders {
  members: DataLoader<string, ConsortiumProposalMemberEntity[]>;
  knowledgeNeed: DataLoader<string, KnowledgeNeed | null>;
  competenceProfile: DataLoader<string, CompetenceProfile | null>;
}

/**
 * Per-request DataLoaders of the proposal fields, kept beside the request's GraphQL context (a WeakMap, so they
 * die with the request): a page of proposals costs one statement for all members, one for their needs and one for
 * their profiles.
 */
@Injectable()
export class ProposalLoadersFactory {
  private readonly perContext = new WeakMap<object, ProposalLoaders>();

  constructor(private readonly proposals: ConsortiumProposalRepository) {}

  for(context: object): ProposalLoaders {
    let loaders = this.perContext.get(context);
    if (!loaders) {
      loaders = {
        members: new DataLoader(async (ids) => {
          const rows = await this.proposals.membersByProposalIds(ids);
          const byProposal = new Map<string, ConsortiumProposalMemberEntity[]>();
          for (const r of rows)
            byProposal.set(r.proposalId, [...(byProposal.get(r.proposalId) ?? []), r]);
          return ids.map((id) => byProposal.get(id) ?? []);
        }),
        knowledgeNeed: new DataLoader((ids) => this.proposals.needsByIds(ids)),
        competenceProfile: new DataLoader((ids) => this.proposals.profilesByIds(ids)),
      };
      this.perContext.set(context, loaders);
    }
    return loaders;
  }
}
