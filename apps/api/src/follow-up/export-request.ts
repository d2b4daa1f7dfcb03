import type { ProgrammeIndicatorFilter } from './dto/programme-indicators.args';
import type { ExportKind } from './dto/programme-indicators.args';

/** One CSV download: what, for which arena (or filter), with which separator. Also the payload of a signed link. */
export interface ExportRequest {
  kind: ExportKind;
  arenaId: string | null;
  /** Indicators only; dates as ISO strings. */
  filter: Omit<ProgrammeIndicatorFilter, 'from' | 'to'> & {
    from?: string | null;
    to?: string | null;
  };
  delimiter: string;
}
