import { Injectable } from '@nestjs/common';
import { MobilizationArenaRepository } from '@brobygger/persistence';
import type { MobilizationArena } from '@brobygger/persistence';
import { CreateMobilizationArenaInput } from './dto/create-mobilization-arena.input';

@Injectable()
export class MobilizationArenasService {
  constructor(private readonly arenas: MobilizationArenaRepository) {}

  list(): Promise<MobilizationArena[]> {
    return this.arenas.list();
  }

  /** Throws NotFoundError for an unknown id. */
  get(id: string): Promise<MobilizationArena> {
    return this.arenas.getById(id);
  }

  create(input: CreateMobilizationArenaInput): Promise<MobilizationArena> {
    return this.arenas.create(input);
  }
}
