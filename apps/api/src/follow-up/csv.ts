/** CSV as Norwegian spreadsheets read it: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends. */

/** Field separators a caller may choose (`delimiter` parameter): semicolon (default), comma, tab, pipe. */
export const CSV_DELIMITERS: Record<string, string> = {
  ';': ';',
  semicolon: ';',
  ',': ',',
  comma: ',',
  tab: '\t',
  '\t': '\t',
  '|': '|',
  pipe: '|',
};

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8 (æ, ø, å). */
export const UTF8_BOM = '\uFEFF';

/** The separator for a `delimiter` parameter; null when it is not one of CSV_DELIMITERS. */
export function csvDelimiterOf(value: string | undefined | null): string | null {
  if (value === undefined || value === null || value === '') return ';';
  return Object.prototype.hasOwnProperty.call(CSV_DELIMITERS, value) ? CSV_DELIMITERS[value] : null;
}

/**
 * One field: quoted (RFC 4180, inner quotes doubled) when it contains the delimiter, a quote, a line break or
 * leading/trailing spaces; null and undefined are empty; dates as ISO 8601.
 */
export function csvField(value: unknown, delimiter: string): string {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof Date
      ? value.toISOString()
      : Array.isArray(value)
        ? value.join(',')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value as string | number | boolean);
  const needsQuotes =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its line end. */
export function csvLine(values: readonly unknown[], delimiter: string): string {
  return `${values.map((v) => csvField(v, delimiter)).join(delimiter)}\r\n`;
}
