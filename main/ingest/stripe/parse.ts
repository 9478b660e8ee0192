import { z } from 'zod';
import type { EventType } from '../../engine/event-types';
import type { IgnoredElement } from '../adapter';
import { normaliseIdentity, type FieldProblem, type Identity, type IncomingEvent } from '../incoming-event';
import { validate } from '../vendor-body';
import { stripeMoney } from './currency';

const id = z.string().min(1, 'must not be empty');
const ref = z.string().nullable().optional();
const metadata = z.record(z.string(), z.string()).nullable().optional();
const amount = z.number().int('must be a whole number of minor units').min(0, 'must not be negative');

const eventSchema = z.looseObject({
  id,
  type: id,
  created: z.number().int(),
  data: z.looseObject({ object: z.looseObject({}), previous_attributes: z.looseObject({}).nullable().optional() }),
});

const paymentIntent = z.looseObject({ id, amount, amount_received: amount.optional(), currency: id, invoice: ref, customer: ref, metadata, description: ref });
const charge = z.looseObject({
  id,
  amount,
  amount_refunded: amount,
  currency: id,
  captured: z.boolean().optional(),
  payment_intent: ref,
  invoice: ref,
  customer: ref,
  metadata,
  billing_details: z.looseObject({ name: ref }).nullable().optional(),
});
const invoice = z.looseObject({
  id,
  amount_paid: amount,
  currency: id,
  payment_intent: ref,
  customer: ref,
  customer_name: ref,
  metadata,
  subscription_details: z.looseObject({ metadata }).nullable().optional(),
});
const session = z.looseObject({
  id,
  amount_total: amount.nullable(),
  currency: id.nullable(),
  payment_status: id,
  payment_intent: ref,
  invoice: ref,
  customer: ref,
  metadata,
  customer_details: z.looseObject({ name: ref }).nullable().optional(),
});

/**
 * One payment can raise several events (payment_intent.succeeded, charge.succeeded, and
 * checkout.session.completed or invoice.paid): they share one subject, so the money counts
 * once. The subject is the invoice when the payment pays one (subscriptions), else the
 * PaymentIntent, else the object itself.
 */
export function stripeSubject(o: { id: string; invoice?: string | null | undefined; paymentIntent?: string | null | undefined }): string {
  if (o.invoice) return `invoice:${o.invoice}`;
  if (o.paymentIntent) return `payment_intent:${o.paymentIntent}`;
  return `object:${o.id}`;
}

/** The rep: `metadata.rep_email` (a Fanfare convention the merchant sets), else the Stripe customer for a manual mapping. */
function repOf(metadatas: readonly (Record<string, string> | null | undefined)[], customer: string | null | undefined): Identity | null {
  for (const m of metadatas) {
    const email = m?.rep_email?.trim();
    if (email) return normaliseIdentity('email', email);
  }
  return customer ? normaliseIdentity('external_id', customer) : null;
}

type Parsed = { kind: 'event'; event: IncomingEvent } | { kind: 'ignored'; item: IgnoredElement } | { kind: 'invalid'; problems: FieldProblem[] };

interface PaymentFacts {
  type: EventType;
  amount: number;
  currency: string;
  subjectKey: string;
  identity: Identity | null;
  customerId: string | null | undefined;
  customerName: string | null | undefined;
}

function toEvent(raw: string, event: z.infer<typeof eventSchema>, facts: PaymentFacts): Parsed {
  const money = stripeMoney(facts.amount, facts.currency);
  if (!money.ok) return { kind: 'invalid', problems: [{ path: 'data.object.currency', message: money.problem }] };
  return {
    kind: 'event',
    event: {
      externalId: event.id,
      type: facts.type,
      occurredAt: event.created * 1000,
      occurredOffset: 0,
      identity: facts.identity,
      amount: money.money,
      reversesExternalId: null,
      activityName: null,
      product: null,
      customerExternalId: facts.customerId ?? null,
      customerName: facts.customerName ?? null,
      manualPoints: null,
      reason: null,
      payloadJson: raw,
      subjectKey: facts.subjectKey,
    },
  };
}

const ignore = (key: string, reason: string): Parsed => ({ kind: 'ignored', item: { key, reason } });

/** A Stripe event body (already verified) as one Fanfare event, an ignored event, or the problems found. */
export function parseStripeEvent(value: unknown, raw: string): Parsed {
  const shape = validate(eventSchema, value);
  if (!shape.ok) return { kind: 'invalid', problems: shape.problems };
  const event = shape.value;
  const object = event.data.object;
  const at = 'data.object';
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const pi = validate(paymentIntent, object, at);
      if (!pi.ok) return { kind: 'invalid', problems: pi.problems };
      const o = pi.value;
      return toEvent(raw, event, {
        type: 'payment.confirmed',
        amount: o.amount_received ?? o.amount,
        currency: o.currency,
        subjectKey: stripeSubject({ id: o.id, invoice: o.invoice, paymentIntent: o.id }),
        identity: repOf([o.metadata], o.customer),
        customerId: o.customer,
        customerName: null,
      });
    }
    case 'charge.succeeded':
    case 'charge.captured':
    case 'charge.refunded': {
      const ch = validate(charge, object, at);
      if (!ch.ok) return { kind: 'invalid', problems: ch.problems };
      const o = ch.value;
      const common = {
        currency: o.currency,
        subjectKey: stripeSubject({ id: o.id, invoice: o.invoice, paymentIntent: o.payment_intent }),
        identity: repOf([o.metadata], o.customer),
        customerId: o.customer,
        customerName: o.billing_details?.name,
      };
      if (event.type !== 'charge.refunded') {
        if (o.captured === false) return ignore(event.id, 'the charge is authorized but not captured yet (charge.captured will count it)');
        return toEvent(raw, event, { ...common, type: 'payment.confirmed', amount: o.amount });
      }
      // amount_refunded is cumulative: this event takes back only what is new since the last one.
      const previous = event.data.previous_attributes?.amount_refunded;
      const before = typeof previous === 'number' ? previous : 0;
      const refunded = o.amount_refunded - before;
      if (refunded <= 0) return ignore(event.id, 'the charge changed without a new refund');
      return toEvent(raw, event, { ...common, type: 'payment.refunded', amount: refunded });
    }
    case 'invoice.paid': {
      const inv = validate(invoice, object, at);
      if (!inv.ok) return { kind: 'invalid', problems: inv.problems };
      const o = inv.value;
      if (o.amount_paid === 0) return ignore(event.id, 'the invoice was paid without money (a trial or a credit)');
      return toEvent(raw, event, {
        type: 'payment.confirmed',
        amount: o.amount_paid,
        currency: o.currency,
        subjectKey: stripeSubject({ id: o.id, invoice: o.id, paymentIntent: o.payment_intent }),
        identity: repOf([o.subscription_details?.metadata, o.metadata], o.customer),
        customerId: o.customer,
        customerName: o.customer_name,
      });
    }
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const s = validate(session, object, at);
      if (!s.ok) return { kind: 'invalid', problems: s.problems };
      const o = s.value;
      if (o.payment_status !== 'paid') {
        return ignore(event.id, `the Checkout session is "${o.payment_status}": it counts once checkout.session.async_payment_succeeded says it was paid`);
      }
      if (o.amount_total === null || o.currency === null) return { kind: 'invalid', problems: [{ path: `${at}.amount_total`, message: 'is required for a paid session' }] };
      return toEvent(raw, event, {
        type: 'payment.confirmed',
        amount: o.amount_total,
        currency: o.currency,
        subjectKey: stripeSubject({ id: o.id, invoice: o.invoice, paymentIntent: o.payment_intent }),
        identity: repOf([o.metadata], o.customer),
        customerId: o.customer,
        customerName: o.customer_details?.name,
      });
    }
    default:
      return ignore(event.id, `${event.type} moves no points`);
  }
}
