import { ArgsType, ComplexityEstimator, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

export const RUN_ITEMS_DEFAULT = 100;
export const RUN_ITEMS_MAX = 500;

/** `first` (0..500, default 100) and `offset` for the lists of one run (proposals, unmatched needs). */
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

  @Field(() => Int, { defaultValue: 0, description: 'How many to skip.' })
  @IsInt()
  @Min(0)
  offset: number = 0;
}

/**
 * The cost of a run's list: 1 + first × (cost of one item), like a connection. Without it a list of up to 500
 * proposals would count as one field, and `matchRuns(first: 100) { proposals { … } }` would pass the limit.
 */
export const runItemsComplexity: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : RUN_ITEMS_DEFAULT;
  return 1 + Math.min(RUN_ITEMS_MAX, Math.max(0, first)) * Math.max(1, childComplexity);
};
