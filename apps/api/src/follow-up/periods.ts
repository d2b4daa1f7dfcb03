import type { IndicatorPeriodBounds } from '@brobygger/persistence/repositories/programme-indicator.repository';

/** At most this many periods in one answer (ten years of months). */
export const MAX_PERIODS = 120;

function startOfMonthUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function nextMonthUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

/**
 * Calendar months (UTC) from `from` to `to`, each [start, end): the first starts at `from`, the last ends at `to`,
 * so the last period's stocks are the figures as of `to`. Empty when `from` is not before `to`.
 */
export function monthlyPeriods(from: Date, to: Date): IndicatorPeriodBounds[] {
  const periods: IndicatorPeriodBounds[] = [];
  let start = from;
  while (start < to) {
    const next = nextMonthUtc(startOfMonthUtc(start));
    const end = next < to ? next : to;
    periods.push({ start, end });
    start = end;
  }
  return periods;
}

/** Number of monthly periods without building them (to refuse too long ranges first). */
export function monthCount(from: Date, to: Date): number {
  if (from >= to) return 0;
  const months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return months + (startOfMonthUtc(to).getTime() === to.getTime() ? 0 : 1);
}
