import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/** A need or profile was created or changed (so matching results of its arenas may be stale). */
export type MatchingDataChange =
  { kind: 'knowledgeNeed'; id: string } | { kind: 'competenceProfile'; id: string };

/**
 * In-process event bus between the features that change matching data (knowledge needs, competence profiles)
 * and the freshness scheduler. Emitting never throws and never waits.
 */
@Injectable()
export class MatchingDataEvents {
  private readonly subject = new Subject<MatchingDataChange>();

  emit(change: MatchingDataChange): void {
    this.subject.next(change);
  }

  get changes(): Observable<MatchingDataChange> {
    return this.subject.asObservable();
  }
}
