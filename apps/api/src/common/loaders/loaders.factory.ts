import { Injectable } from '@nestjs/common';
import {
  CompetenceProfileRepository,
  ContactPersonRepository,
  KnowledgeNeedRepository,
  OrganizationRepository,
  ReferenceDataRepository,
} from '@brobygger/persistence';
import type { ConsortiumProposalMemberEntity } from '@brobygger/persistence/entities/consortium-proposal-member.entity';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import type {
  CompetenceProfile,
  ContactPerson,
  KnowledgeNeed,
  County,
  Municipality,
  Organization,
  ProfileReference,
  ResearchInstitution,
} from '@brobygger/persistence';
import DataLoader from 'dataloader';

/**
 * The DataLoaders of one GraphQL request. Each batch function is one repository call (one SQL statement), so
 * nested fields over a page cost a constant number of statements whatever the page size.
 */
export interface Loaders {
  county: DataLoader<string, County | null>;
  municipality: DataLoader<string, Municipality | null>;
  researchInstitution: DataLoader<string, ResearchInstitution | null>;
  organization: DataLoader<string, Organization | null>;
  contactsByKnowledgeNeed: DataLoader<string, ContactPerson[]>;
  contactsByCompetenceProfile: DataLoader<string, ContactPerson[]>;
  referencesByCompetenceProfile: DataLoader<string, ProfileReference[]>;
  knowledgeNeed: DataLoader<string, KnowledgeNeed | null>;
  competenceProfile: DataLoader<string, CompetenceProfile | null>;
  proposalMembers: DataLoader<string, ConsortiumProposalMemberEntity[]>;
}

/** Creates a fresh loader set per request (never shared: caches must not outlive a request). */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly referenceData: ReferenceDataRepository,
    private readonly organizations: OrganizationRepository,
    private readonly contacts: ContactPersonRepository,
    private readonly profiles: CompetenceProfileRepository,
    private readonly needs: KnowledgeNeedRepository,
    private readonly proposals: ConsortiumProposalRepository,
  ) {}

  create(): Loaders {
    return {
      county: new DataLoader((numbers) => this.referenceData.countiesByNumbers([...numbers])),
      municipality: new DataLoader((numbers) =>
        this.referenceData.municipalitiesByNumbers([...numbers]),
      ),
      researchInstitution: new DataLoader((ids) =>
        this.referenceData.researchInstitutionsByIds([...ids]),
      ),
      organization: new DataLoader((ids) => this.organizations.findByIds([...ids])),
      contactsByKnowledgeNeed: new DataLoader((ids) =>
        this.contacts.findByKnowledgeNeedIds([...ids]),
      ),
      contactsByCompetenceProfile: new DataLoader((ids) =>
        this.contacts.findByCompetenceProfileIds([...ids]),
      ),
      referencesByCompetenceProfile: new DataLoader((ids) =>
        this.profiles.findReferencesByProfileIds([...ids]),
      ),
      knowledgeNeed: new DataLoader((ids) => this.needs.findByIds(ids)),
      competenceProfile: new DataLoader((ids) => this.profiles.findByIds(ids)),
      proposalMembers: new DataLoader((ids) => this.proposals.membersByProposalIds(ids)),
    };
  }
}
