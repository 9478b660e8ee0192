/** Every kind of event Fanfare understands (DESIGN.md, generic webhook format). */
export const EVENT_TYPES = [
  'deal.won',
  'deal.lost',
  'deal.reopened',
  'payment.confirmed',
  'payment.refunded',
  'quote.sent',
  'reply.sent',
  'appointment.booked',
  'followup.converted',
  'catalog.sale',
  'activity',
  'points.manual',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Event types that take back an earlier event (they carry `reverses`). */
export const REVERSING_TYPES: ReadonlySet<EventType> = new Set(['deal.reopened', 'payment.refunded']);

/** The events each reversing type may take back. */
export const REVERSIBLE_BY: Readonly<Partial<Record<EventType, readonly EventType[]>>> = {
  'deal.reopened': ['deal.won'],
  'payment.refunded': ['payment.confirmed', 'catalog.sale'],
};
