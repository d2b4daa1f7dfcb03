import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  MATCH_RUN_PHASES,
  MATCH_RUN_STATUSES,
} from '@brobygger/persistence/entities/match-run.entity';
import type {
  MatchRunPhase,
  MatchRunStatus,
} from '@brobygger/persistence/entities/match-run.entity';
import type { ProjectType } from '@brobygger/persistence/enums';
import { ProjectTypeEnum } from '../../common/graphql/enums';
import { JSONObjectScalar } from '../json-object.scalar';

const enumObject = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const MatchRunStatusEnum = enumObject(MATCH_RUN_STATUSES);
registerEnumType(MatchRunStatusEnum, {
  name: 'MatchRunStatus',
  description: 'QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED',
});

export const MatchRunPhaseEnum = enumObject(MATCH_RUN_PHASES);
registerEnumType(MatchRunPhaseEnum, {
  name: 'MatchRunPhase',
  description:
    'Current step: QUEUED, LOADING, SCORING, FORMING_CANDIDATES, OPTIMISING, SAVING, DONE.',
});

@ObjectType('MatchRunTimings', {
  description: 'Milliseconds spent per step (null until the step ran).',
})
export class MatchRunTimingsModel {
  @Field(() => Int, { nullable: true, description: 'From enqueue until a worker took the run.' })
  queueWaitMs: number | null;

  @Field(() => Int, { nullable: true, description: 'Loading the arena from PostgreSQL.' })
  loadMs: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Scoring, candidate formation and optimisation.',
  })
  engineMs: number | null;

  @Field(() => Int, { nullable: true, description: 'Storing the proposals (one transaction).' })
  saveMs: number | null;
}

@ObjectType('MatchRunCounts')
export class MatchRunCountsModel {
  @Field(() => Int, { nullable: true })
  needs: number | null;

  @Field(() => Int, { nullable: true })
  profiles: number | null;

  @Field(() => Int, { nullable: true })
  proposals: number | null;

  @Field(() => Int, { nullable: true })
  unmatchedNeeds: number | null;
}

@ObjectType('MatchRun', {
  description: 'One execution of the matching engine for a mobilization arena.',
})
export class MatchRunModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  arenaId: string;

  @Field(() => ProjectTypeEnum, {
    nullable: true,
    description: 'Only this project type; null = all.',
  })
  projectType: ProjectType | null;

  @Field(() => JSONObjectScalar, { description: 'Engine settings given when the run was started.' })
  settings: Record<string, unknown>;

  @Field(() => MatchRunStatusEnum)
  status: MatchRunStatus;

  @Field(() => MatchRunPhaseEnum)
  phase: MatchRunPhase;

  @Field(() => Int, { description: 'Percent done, 0–100.' })
  progress: number;

  @Field(() => Int, {
    description: 'Deliveries started by workers (more than 1 after a retry or a crash).',
  })
  attempts: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the run failed (or the last retried failure).',
  })
  error: string | null;

  @Field(() => Float, { nullable: true, description: "The optimiser's objective value." })
  objective: number | null;

  @Field(() => Float, { nullable: true, description: 'A proven upper bound on the objective.' })
  upperBound: number | null;

  @Field(() => Float, { nullable: true, description: '(upperBound − objective) / upperBound.' })
  optimalityGap: number | null;

  @Field(() => MatchRunCountsModel)
  counts: MatchRunCountsModel;

  @Field(() => MatchRunTimingsModel)
  timings: MatchRunTimingsModel;

  @Field(() => String, {
    description: 'MANUAL (startMatchRun) or REFRESH (automatic re-run after a change).',
  })
  trigger: string;

  @Field(() => ID, { nullable: true })
  requestedBy: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
