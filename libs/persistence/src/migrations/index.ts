import { InitialSchema1764300000000 } from './1764300000000-initial-schema';
import { MatchRuns1764300100000 } from './1764300100000-match-runs';
import { Identity1764300200000 } from './1764300200000-identity';
import { Consortia1764500000000 } from './1764500000000-consortia';
import { EngineSearch1764600000000 } from './1764600000000-engine-search';
import { ProgrammeEvents1764700000000 } from './1764700000000-programme-events';
import { Notifications1765000001000 } from './1765000001000-notifications';
import { InterestExclusions1765000002000 } from './1765000002000-interest-exclusions';
import { RejectionReasonCategory1765000005000 } from './1765000005000-rejection-reason-category';

/**
 * Every migration, in order. Listed as classes (not a glob) so that the same list works under tsx, jest and the
 * compiled dist build. Later features append their migrations here.
 */
export const MIGRATIONS = [
  InitialSchema1764300000000,
  MatchRuns1764300100000,
  Identity1764300200000,
  Consortia1764500000000,
  EngineSearch1764600000000,
  ProgrammeEvents1764700000000,
  Notifications1765000001000,
  InterestExclusions1765000002000,
  RejectionReasonCategory1765000005000,
];
