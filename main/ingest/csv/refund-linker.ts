import type { CsvEvent } from './row-mapper';

const MAX_KEYS = 200_000;
const PER_KEY = 8;

/**
 * Finds the payment a refund row takes back when the sheet does not say: the latest
 * earlier payment to the same customer, by the same rep, in the same currency. Memory is
 * bounded (a huge file's refunds past the bound stay unlinked and are reported as such).
 */
export class RefundLinker {
  private readonly payments = new Map<string, { externalId: string; at: number }[]>();

  private static key(event: Pick<CsvEvent, 'currency' | 'identity' | 'customerName'>): string | null {
    if (!event.customerName) return null;
    // The customer as written: a refund row of the same export spells it the same way.
    return `${event.customerName}\u0001${event.currency ?? ''}\u0001${event.identity?.value ?? ''}`;
  }

  remember(payment: CsvEvent): void {
    const key = RefundLinker.key(payment);
    if (key === null) return;
    let list = this.payments.get(key);
    if (!list) {
      if (this.payments.size >= MAX_KEYS) return;
      list = [];
      this.payments.set(key, list);
    }
    list.push({ externalId: payment.externalId, at: payment.occurredAt });
    if (list.length > PER_KEY) list.shift();
  }

  find(refund: CsvEvent): string | null {
    const key = RefundLinker.key(refund);
    const list = key === null ? undefined : this.payments.get(key);
    if (!list || list.length === 0) return null;
    const before = list.filter((p) => p.at <= refund.occurredAt).sort((a, b) => b.at - a.at)[0];
    return before?.externalId ?? null;
  }
}
