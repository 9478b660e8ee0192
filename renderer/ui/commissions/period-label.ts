/** "November 2026" for a month, "Oct – Dec 2026" for a quarter, in the reader's language. */
export function periodLabel(locale: string, firstDay: string, lastDay: string): string {
  const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
  if (firstDay.slice(0, 7) === lastDay.slice(0, 7)) {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at(firstDay));
  }
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(at(firstDay), at(lastDay));
}
