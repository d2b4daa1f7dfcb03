import { ValidationError as ClassValidatorError } from 'class-validator';

/**
 * One invalid input field: `field` is the argument path, e.g. `input.title` or `input.contacts[0].email`;
 * `message` is a sentence starting with that path (`input.title must be shorter than …`).
 */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Raised by the global validation pipe when an argument fails class-validator checks. The exception filter maps
 * it to BAD_USER_INPUT with `extensions.field` naming the first bad field (and `extensions.fields` all of them).
 */
export class InputValidationError extends Error {
  constructor(public readonly problems: FieldProblem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'InputValidationError';
  }

  /** A copy with every field path prefixed by the argument name (`title` → `input.title`). */
  withArgumentName(argument: string | undefined): InputValidationError {
    if (!argument) return this;
    return new InputValidationError(
      this.problems.map((p) => {
        const field = joinPath(argument, p.field);
        const message = p.message.startsWith(`${p.field} `)
          ? `${field}${p.message.slice(p.field.length)}`
          : p.message;
        return { field, message };
      }),
    );
  }
}

/** Flattens class-validator's error tree into field paths (array items as `contacts[0]`). */
export function flattenValidationErrors(
  errors: ClassValidatorError[],
  parentPath = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = joinPath(parentPath, error.property);
    for (const message of Object.values(error.constraints ?? {})) {
      problems.push({ field: path, message: rewordMessage(message, error.property, path) });
    }
    if (error.children?.length) {
      problems.push(...flattenValidationErrors(error.children, path));
    }
  }
  return problems;
}

function joinPath(parent: string, property: string): string {
  if (!parent) return property;
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return `${parent}.${property}`;
}

/** class-validator says "property title should not exist" or "title must be …": name the full path instead. */
function rewordMessage(message: string, property: string, path: string): string {
  if (message.startsWith(`property ${property} `)) return `${path} is not a known field`;
  if (message.startsWith(`${property} `)) return `${path} ${message.slice(property.length + 1)}`;
  return message;
}
