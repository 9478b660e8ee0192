/** Today's date (YYYY-MM-DD) in the workspace time zone. */
export function todayIn(timeZone: string, at: number = Date.now()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
