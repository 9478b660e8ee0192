import { webhookPaymentTexts } from '../../../db/queries/imports';
import type { Db } from '../../../db/open';

type PaymentVendor = 'stripe' | 'asaas';

const PATTERNS: Record<PaymentVendor, RegExp> = {
  // Charges (ch_, py_) and PaymentIntents (pi_), as the Dashboard export's `id` and webhooks name them.
  stripe: /\b(?:ch|py|pi)_[A-Za-z0-9]{8,}\b/g,
  asaas: /\bpay_[A-Za-z0-9]{8,}\b/g,
};

const WHOLE: Record<PaymentVendor, RegExp> = {
  stripe: /^(?:ch|py|pi)_[A-Za-z0-9]{8,}$/,
  asaas: /^pay_[A-Za-z0-9]{8,}$/,
};

/** The vendor's payment ids a webhook event names (its own id, its subject, its payload). */
export function paymentIdsIn(vendor: string, text: string): string[] {
  const pattern = PATTERNS[vendor as PaymentVendor] as RegExp | undefined;
  return pattern ? [...new Set(text.match(pattern) ?? [])] : [];
}

/** Which payment system an id belongs to, by its prefix. */
export function paymentVendorOf(id: string): PaymentVendor | null {
  return (Object.keys(WHOLE) as PaymentVendor[]).find((vendor) => WHOLE[vendor].test(id)) ?? null;
}

/**
 * Payments Fanfare already received by webhook from Stripe or Asaas sources, by the
 * vendor's payment id: an exported row with the same id is the same money, not a new payment.
 */
export class WebhookPayments {
  private readonly ids = new Set<string>();

  static load(db: Db): WebhookPayments {
    const index = new WebhookPayments();
    for (const { externalId, payload } of webhookPaymentTexts(db, Object.keys(PATTERNS))) {
      for (const pattern of Object.values(PATTERNS)) {
        for (const id of `${externalId} ${payload}`.match(pattern) ?? []) index.ids.add(id);
      }
    }
    return index;
  }

  has(id: string | null): boolean {
    return id !== null && paymentVendorOf(id) !== null && this.ids.has(id);
  }
}
