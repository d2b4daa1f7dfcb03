import { Args, ID } from '@nestjs/graphql';
import { ParseIdPipe } from './parse-id.pipe';

/** An `ID` argument holding a uuid (default `id`); a malformed one is BAD_USER_INPUT naming the argument. */
export function IdArg(name = 'id'): ParameterDecorator {
  return Args(name, { type: () => ID }, ParseIdPipe);
}
