/** Numbers and dates in the user's language. */
/** A share in [0, 1] as a whole percent, e.g. "71 %". */
export function percent(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function decimal(value: number, language: string, digits = 2): string {
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A number as the language writes it, e.g. "7,5" in Norwegian. */
export function number(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value);
}

export function dateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : language === 'nn' ? 'nn-NO' : 'nb-NO';
}
