/** The local calendar day (`YYYY-MM-DD`) of an instant in a time zone (en-CA writes dates that way). */
export function localDayOf(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A local day written for people, in the reader's language (the day itself, no time zone shift). */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(Date.parse(`${day}T12:00:00Z`));
}
