import { Injectable, Optional } from '@nestjs/common';
import { CompetenceProfileRepository } from '@brobygger/persistence';
import type { CompetenceProfile, Page } from '@brobygger/persistence';
import { CompetenceProfilesArgs } from './dto/competence-profiles.args';
import { CreateCompetenceProfileInput } from './dto/create-competence-profile.input';
import { UpdateCompetenceProfileInput } from './dto/update-competence-profile.input';
import { MatchingDataEvents } from '../freshness/matching-data-events';

@Injectable()
export class CompetenceProfilesService {
  constructor(
    private readonly profiles: CompetenceProfileRepository,
    /** Freshness: changes schedule a debounced re-run of the affected arenas. */
    @Optional() private readonly matchingEvents?: MatchingDataEvents,
  ) {}

  /** `pausedScope` (from the access policy) limits which PAUSED profiles are listed. */
  list(
    { filter, first, after }: CompetenceProfilesArgs,
    pausedScope?: { all: boolean; organizationIds: string[] },
    countTotal = true,
  ): Promise<Page<CompetenceProfile>> {
    return this.profiles.list(
      { ...(filter ?? {}), pausedScope },
      { first, after: after ?? undefined, countTotal },
    );
  }

  /** Throws NotFoundError for an unknown id. */
  get(id: string): Promise<CompetenceProfile> {
    return this.profiles.getById(id);
  }

  /** Creates the profile with its references and contacts in one transaction. */
  async create(input: CreateCompetenceProfileInput): Promise<CompetenceProfile> {
    const saved = await this.profiles.create(input);
    this.matchingEvents?.emit({ kind: 'competenceProfile', id: saved.id });
    return saved;
  }

  async update(input: UpdateCompetenceProfileInput): Promise<CompetenceProfile> {
    const saved = await this.profiles.update(input);
    this.matchingEvents?.emit({ kind: 'competenceProfile', id: saved.id });
    return saved;
  }
}
