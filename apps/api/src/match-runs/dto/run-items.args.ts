import { ArgsType, ComplexityEstimator, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const RUN_ITEMS_DEFAULT = 100;
export const RUN_ITEMS_MAX = 500;

/**
 * `first` (0..500, default 100) and `after` for the lists of one run (proposals, unmatched needs): keyset pages in a
 * stable order by a key unique within the run, `after` being the last item of the previous page.
 */
@ArgsType()
export class RunItemsArgs {
  @Field(() => Int, {
    defaultValue: RUN_ITEMS_DEFAULT,
    description: `How many, 0 to ${RUN_ITEMS_MAX}.`,
  })
  @IsInt()
  @Min(0)
  @Max(RUN_ITEMS_MAX)
  first: number = RUN_ITEMS_DEFAULT;

  @Field(() => ID, {
    nullable: true,
    description:
      "The last item of the previous page (a proposal id, or an unmatched need's knowledgeNeedId).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'after must be a UUID' })
  after?: string | null;
}

/**
 * The cost of a run's list: 1 + first × (cost of one item), like a connection. Without it a list of up to 500
 * proposals would count as one field, and `matchRuns(first: 100) { proposals { … } }` would pass the limit.
 */
export const runItemsComplexity: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : RUN_ITEMS_DEFAULT;
  return 1 + Math.min(RUN_ITEMS_MAX, Math.max(0, first)) * Math.max(1, childComplexity);
};
