import { DataSource, Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements a DataSource sends, by wrapping its TypeORM logger (every query runner reports each
 * statement to `logger.logQuery`, whatever the logging option says). Use `measure()` around the code to count.
 */
export class StatementCounter {
  private recording = false;
  readonly statements: string[] = [];

  private constructor(
    private readonly dataSource: DataSource,
    private readonly original: TypeOrmLogger,
  ) {}

  static attach(dataSource: DataSource): StatementCounter {
    const original = dataSource.logger;
    const counter = new StatementCounter(dataSource, original);
    const wrapped: TypeOrmLogger = new Proxy(original, {
      get(target, property, receiver) {
        if (property === 'logQuery') {
          return (query: string, parameters?: unknown[], queryRunner?: never) => {
            if (counter.recording) counter.statements.push(query);
            return target.logQuery(query, parameters, queryRunner);
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
    Object.defineProperty(dataSource, 'logger', {
      value: wrapped,
      configurable: true,
      writable: true,
    });
    return counter;
  }

  /** Runs `work` and returns its result with the statements sent meanwhile. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements.length = 0;
    this.recording = true;
    try {
      const result = await work();
      return { result, statements: [...this.statements] };
    } finally {
      this.recording = false;
    }
  }

  detach(): void {
    Object.defineProperty(this.dataSource, 'logger', {
      value: this.original,
      configurable: true,
      writable: true,
    });
  }
}
