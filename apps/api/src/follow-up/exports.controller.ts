import { Controller, Get, Headers, Logger, Param, Query, Res } from '@nestjs/common';
import { ValidationError } from '@brobygger/persistence/errors';
import { PROJECT_TYPES, THEMES } from '@brobygger/persistence/enums';
import { isUuid } from '@brobygger/persistence/sql';
import type { Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { invalidToken, unauthenticated } from '../authorization/auth-errors';
import type { Principal } from '../authorization/principal';
import { ErrorCode } from '../common/errors/error-codes';
import { toGraphqlError } from '../common/errors/to-graphql-error';
import { csvDelimiterOf } from './csv';
import { EXPORT_KINDS, ExportKind } from './dto/programme-indicators.args';
import { ExportLinkService } from './export-link.service';
import type { ExportRequest } from './export-request';
import { ExportsService } from './exports.service';

const STATUS_OF: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

type QueryValue = string | string[] | undefined;

function single(value: QueryValue): string | undefined {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** `a,b` or repeated parameters → list; every value must be one of `allowed` (or match it). */
function listOf(
  field: string,
  value: QueryValue,
  allowed: readonly string[] | RegExp,
): string[] | null {
  if (value === undefined || value === '') return null;
  const values = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','));
  values.forEach((v, i) => {
    const ok = allowed instanceof RegExp ? allowed.test(v) : allowed.includes(v);
    if (!ok) throw new ValidationError(`${field}[${i}]`, `"${v}" is not allowed`);
  });
  return values;
}

function dateOf(field: string, value: QueryValue): string | null {
  const text = single(value);
  if (!text) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new ValidationError(field, 'must be an ISO 8601 date');
  return date.toISOString();
}

/** The export request of a direct download: `GET /exports/<kind>.csv?arenaId=…&delimiter=…&…`. */
export function exportRequestOf(file: string, query: Record<string, QueryValue>): ExportRequest {
  const kind = file.replace(/\.csv$/, '') as ExportKind;
  if (!file.endsWith('.csv') || !EXPORT_KINDS.includes(kind)) {
    throw new ValidationError(
      'kind',
      `must be one of ${EXPORT_KINDS.map((k) => `${k}.csv`).join(', ')}`,
    );
  }
  const arenaId = single(query.arenaId) || null;
  if (arenaId !== null && !isUuid(arenaId)) throw new ValidationError('arenaId', 'must be a UUID');
  const delimiter = csvDelimiterOf(single(query.delimiter));
  if (delimiter === null) {
    throw new ValidationError('delimiter', 'must be ; , tab or | (or semicolon, comma, pipe)');
  }
  return {
    kind,
    arenaId,
    delimiter,
    filter: {
      countyNumbers: listOf('countyNumbers', query.countyNumbers, /^[0-9]{2}$/),
      projectTypes: listOf('projectTypes', query.projectTypes, PROJECT_TYPES) as never,
      themes: listOf('themes', query.themes, THEMES) as never,
      from: dateOf('from', query.from),
      to: dateOf('to', query.to),
    },
  };
}

/**
 * CSV downloads (UTF-8 with a byte-order mark, a header row, `;` by default):
 * - `GET /exports/<indicators|needs|profiles|proposals|consortia>.csv?arenaId=&delimiter=&countyNumbers=&projectTypes=&themes=&from=&to=`
 *   with `Authorization: Bearer <access token>`;
 * - `GET /exports/download?token=…`, a link made by the `createExportLink` mutation (valid 5 minutes).
 * Access follows the API's rules (policy.ts); errors answer 400/401/403/404 with `{ code, message, field? }`.
 */
@Controller('exports')
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(
    private readonly auth: AuthService,
    private readonly links: ExportLinkService,
    private readonly exportsService: ExportsService,
  ) {}

  @Get('download')
  async download(@Query('token') token: QueryValue, @Res() res: Response): Promise<void> {
    await this.respond(res, async () => {
      const link = single(token) ? await this.links.verify(single(token)!) : null;
      if (!link) throw unauthenticated('The download link is invalid or has expired');
      return link;
    });
  }

  @Get(':file')
  async direct(
    @Param('file') file: string,
    @Query() query: Record<string, QueryValue>,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await this.respond(res, async () => {
      const principal = await this.bearer(authorization);
      return { principal, request: exportRequestOf(file, query) };
    });
  }

  private async bearer(header: string | undefined): Promise<Principal> {
    const [scheme, token] = (header ?? '').trim().split(/\s+/);
    if (!token || scheme.toLowerCase() !== 'bearer') throw unauthenticated();
    const principal = await this.auth.principalFromAccessToken(token);
    if (!principal) throw invalidToken();
    return principal;
  }

  private async respond(
    res: Response,
    resolve: () => Promise<{ principal: Principal; request: ExportRequest }>,
  ): Promise<void> {
    let started = false;
    try {
      const { principal, request } = await resolve();
      await this.exportsService.authorize(principal, request);
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${this.exportsService.fileName(request)}"`,
      );
      res.setHeader('Cache-Control', 'no-store');
      started = true;
      await this.exportsService.write(res, principal, request);
    } catch (error) {
      if (started) {
        this.logger.error(`export failed while streaming: ${String(error)}`);
        res.destroy();
        return;
      }
      const gqlError = toGraphqlError(error);
      const code = String(gqlError?.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
      const status = STATUS_OF[code] ?? 500;
      if (status === 500) this.logger.error(`export failed: ${String(error)}`);
      res.status(status).json({
        code,
        message: status === 500 ? 'Internal server error' : gqlError!.message,
        ...(gqlError?.extensions.field ? { field: gqlError.extensions.field } : {}),
      });
    }
  }
}
