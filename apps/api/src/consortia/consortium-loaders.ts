import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { CompetenceProfile, KnowledgeNeed } from '@brobygger/persistence/entities';
import type { ConsortiumEntity } from '@brobygger/persistence/entities/consortium.entity';
import type { ConsortiumMemberEntity } from '@brobygger/persistence/entities/consortium-member.entity';
import type { ConsortiumStatusChangeEntity } from '@brobygger/persistence/entities/consortium-status-change.entity';
import { CompetenceProfileRepository } from '@brobygger/persistence/repositories/competence-profile.repository';
import {
  ConsortiumRepository,
  type ConsortiumReplacement,
} from '@brobygger/persistence/repositories/consortium.repository';
import { KnowledgeNeedRepository } from '@brobygger/persistence/repositories/knowledge-need.repository';

export interface ConsortiumLoaders {
  members: DataLoader<string, ConsortiumMemberEntity[]>;
  history: DataLoader<string, ConsortiumStatusChangeEntity[]>;
  byProposal: DataLoader<string, ConsortiumEntity | null>;
  consortium: DataLoader<string, ConsortiumEntity | null>;
  replacements: DataLoader<string, ConsortiumReplacement[]>;
  knowledgeNeed: DataLoader<string, KnowledgeNeed | null>;
  competenceProfile: DataLoader<string, CompetenceProfile | null>;
}

/**
 * Per-request DataLoaders of the consortium fields (kept beside the request's GraphQL context in a WeakMap): a page
 * of consortia costs one statement for all members, one for all histories, one for their needs and one for their
 * profiles.
 */
@Injectable()
export class ConsortiumLoadersFactory {
  private readonly perContext = new WeakMap<object, ConsortiumLoaders>();

  constructor(
    private readonly consortia: ConsortiumRepository,
    private readonly needs: KnowledgeNeedRepository,
    private readonly profiles: CompetenceProfileRepository,
  ) {}

  for(context: object): ConsortiumLoaders {
    let loaders = this.perContext.get(context);
    if (!loaders) {
      loaders = {
        members: new DataLoader((ids) => this.consortia.membersByConsortiumIds(ids)),
        history: new DataLoader((ids) => this.consortia.historyByConsortiumIds(ids)),
        byProposal: new DataLoader((ids) => this.consortia.findByProposalIds(ids)),
        consortium: new DataLoader((ids) => this.consortia.findByIds(ids)),
        replacements: new DataLoader((ids) => this.consortia.replacementsByConsortiumIds(ids)),
        knowledgeNeed: new DataLoader((ids) => this.needs.findByIds(ids)),
        competenceProfile: new DataLoader((ids) => this.profiles.findByIds(ids)),
      };
      this.perContext.set(context, loaders);
    }
    return loaders;
  }
}
