/** Every kind of event Fanfare understands (DESIGN.md, generic webhook format). */
export const EVENT_TYPES = [
  'deal.won',
  'deal.lost',
  'deal.reopened',
  'deal.churned',
  'payment.confirmed',
  'payment.refunded',
  'quote.sent',
  'reply.sent',
  'appointment.booked',
  'appointment.canceled',
  'followup.converted',
  'catalog.sale',
  'activity',
  'points.manual',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Event types that take back an earlier event (they carry `reverses`, or name its subject). */
export const REVERSING_TYPES: ReadonlySet<EventType> = new Set(['deal.reopened', 'deal.churned', 'payment.refunded', 'appointment.canceled']);

export function isReversingType(type: EventType): boolean {
  return REVERSING_TYPES.has(type);
}

/** The events each reversing type may take back. */
export const REVERSIBLE_BY: Readonly<Partial<Record<EventType, readonly EventType[]>>> = {
  'deal.reopened': ['deal.won'],
  'deal.churned': ['deal.won', 'payment.confirmed'],
  'payment.refunded': ['payment.confirmed', 'catalog.sale'],
  'appointment.canceled': ['appointment.booked'],
};
