import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InputValidationError } from './input-validation.error';

/** Checks an `ID` argument holding a uuid; a malformed id is BAD_USER_INPUT naming the argument. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'id';
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new InputValidationError([{ field, message: `${field} must be a UUID` }]);
    }
    return value;
  }
}
