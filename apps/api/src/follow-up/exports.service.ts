import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@brobygger/persistence/errors';
import { AccessScopeRepository } from '@brobygger/persistence/repositories/access-scope.repository';
import {
  ArenaExportKind,
  ProgrammeExportRepository,
} from '@brobygger/persistence/repositories/programme-export.repository';
import type { Writable } from 'node:stream';
import { forbidden } from '../authorization/auth-errors';
import { can } from '../authorization/policy';
import type { Principal } from '../authorization/principal';
import { csvLine, UTF8_BOM } from './csv';
import type { ProgrammeIndicatorFilter } from './dto/programme-indicators.args';
import type { ExportRequest } from './export-request';
import { FollowUpService, indicatorTable } from './follow-up.service';
import { IndicatorInterval } from './models/programme-indicators.model';

/** Bytes collected before one write to the socket. */
const CHUNK_BYTES = 64 * 1024;

/** Waits until the socket takes more data, or is gone. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
}

/**
 * CSV downloads: checks access with the API's rules, then writes the header and streams the rows (arena lists come
 * from a database cursor, so memory stays flat however large the export), respecting the socket's backpressure.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly followUp: FollowUpService,
    private readonly exports: ProgrammeExportRepository,
    private readonly scopes: AccessScopeRepository,
  ) {}

  /** Throws FORBIDDEN / NOT_FOUND / BAD_USER_INPUT exactly as the GraphQL API would. */
  async authorize(principal: Principal, request: ExportRequest): Promise<void> {
    if (request.kind === 'indicators') {
      await this.followUp.scopeFor(principal, filterOf(request));
      return;
    }
    if (request.arenaId && !(await this.scopes.arena(request.arenaId))) {
      throw new NotFoundError('MobilizationArena', request.arenaId);
    }
    const resource = request.arenaId ? { type: 'arena' as const, id: request.arenaId } : undefined;
    if (!can(principal, 'export:arena', resource)) {
      throw forbidden(
        request.arenaId
          ? "Only the arena's brokers and admins may export its lists"
          : 'Only admins may export the whole country; give an arenaId',
      );
    }
  }

  fileName(request: ExportRequest): string {
    const date = new Date().toISOString().slice(0, 10);
    const arena = request.arenaId ? `-${request.arenaId.slice(0, 8)}` : '';
    return `brobygger-${request.kind}${arena}-${date}.csv`;
  }

  /** Writes the whole CSV to `out` (call authorize first). Stops early when `out` is closed. */
  async write(out: Writable, principal: Principal, request: ExportRequest): Promise<void> {
    const { delimiter } = request;
    let headers: string[];
    let rows: AsyncIterable<unknown[]> | Iterable<unknown[]>;
    if (request.kind === 'indicators') {
      const result = await this.followUp.programmeIndicators(
        principal,
        filterOf(request),
        IndicatorInterval.MONTH,
      );
      ({ headers, rows } = indicatorTable(result));
    } else {
      const kind: ArenaExportKind = request.kind;
      headers = this.exports.headers(kind);
      rows = this.exports.rows(kind, request.arenaId);
    }
    let chunk = UTF8_BOM + csvLine(headers, delimiter);
    for await (const row of rows) {
      if (out.destroyed) break;
      chunk += csvLine(row, delimiter);
      if (chunk.length >= CHUNK_BYTES) {
        const more = out.write(chunk);
        chunk = '';
        if (!more) await drained(out);
      }
    }
    if (!out.destroyed) out.end(chunk);
  }
}

function filterOf(request: ExportRequest): ProgrammeIndicatorFilter {
  const { from, to, ...rest } = request.filter ?? {};
  return {
    ...rest,
    arenaId: request.arenaId,
    from: from ? new Date(from) : null,
    to: to ? new Date(to) : null,
  };
}
