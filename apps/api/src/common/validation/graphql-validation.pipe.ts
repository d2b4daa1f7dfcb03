import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors, InputValidationError } from './input-validation.error';

/**
 * The global validation pipe: whitelist + forbidNonWhitelisted + transform. Errors carry the field path
 * including the GraphQL argument name (`input.title`, `filter.status`, `first`).
 */
@Injectable()
export class GraphqlValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InputValidationError(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InputValidationError) {
        // @Args('input') has data 'input'; @Args() with an ArgsType has no name: its fields are the arguments.
        throw error.withArgumentName(typeof metadata.data === 'string' ? metadata.data : undefined);
      }
      throw error;
    }
  }
}
