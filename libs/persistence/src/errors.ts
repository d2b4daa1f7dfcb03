/**
 * Domain errors raised by repositories (and services). The API maps them to GraphQL codes in one exception
 * filter: NotFoundError → NOT_FOUND, ConflictError → CONFLICT, ValidationError → BAD_USER_INPUT,
 * InvalidStateError → FAILED_PRECONDITION (or similar).
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(
    public readonly entity: string,
    public readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(
    public readonly entity: string,
    public readonly id: string,
    public readonly expectedVersion?: number,
    public readonly actualVersion?: number,
    message?: string,
  ) {
    super(
      message ??
        `${entity} ${id} was changed by someone else (you edited version ${expectedVersion}, the current version is ${actualVersion}); reload and try again`,
    );
  }
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    /** Input field path, e.g. `title` or `contacts[1].email`. */
    public readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export class InvalidStateError extends DomainError {
  readonly code = 'INVALID_STATE';
  constructor(
    public readonly entity: string,
    public readonly id: string,
    public readonly state: string,
    message?: string,
  ) {
    super(message ?? `${entity} ${id} cannot be changed in state ${state}`);
  }
}
