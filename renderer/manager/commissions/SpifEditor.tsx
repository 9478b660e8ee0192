import { EVENT_TYPES } from '../../../preload/contract';
import { useI18n } from '../../ui/i18n/i18n';
import { Choice, Field } from './fields';
import type { SpifDraft } from './plan-draft';

/** Events a SPIF can reward: sales and the behaviours around them. */
const SPIF_EVENTS = EVENT_TYPES.filter((t) => !['deal.lost', 'deal.reopened', 'payment.refunded', 'points.manual'].includes(t));

export function SpifEditor({ value: s, currency, onChange, onRemove }: { value: SpifDraft; currency: string; onChange: (patch: Partial<SpifDraft>) => void; onRemove: () => void }) {
  const { m } = useI18n();
  const e = m.commissions.editor;
  const events = Object.fromEntries(SPIF_EVENTS.map((t) => [t, m.eventTypes[t]])) as Record<SpifDraft['eventType'], string>;
  return (
    <fieldset className="cm-spif" data-testid="spif">
      <div className="form-row">
        <Field label={e.spifName} value={s.name} onChange={(name) => onChange({ name })} grow />
        <Choice label={e.spifEvent} value={s.eventType} options={events} onChange={(eventType) => onChange({ eventType })} />
        <Field label={e.products} value={s.products} placeholder={e.productsPlaceholder} onChange={(products) => onChange({ products })} grow />
        <button type="button" className="btn btn-danger-ghost btn-small" onClick={onRemove}>
          {e.remove}
        </button>
      </div>
      <div className="form-row">
        <Field label={e.spifFrom} type="date" value={s.firstDay} onChange={(firstDay) => onChange({ firstDay })} />
        <Field label={e.spifTo} type="date" value={s.lastDay} onChange={(lastDay) => onChange({ lastDay })} />
        <Field label={`${e.spifAmount} (${currency})`} value={s.amount} numeric onChange={(amount) => onChange({ amount })} />
        <Choice label={e.spifPayout} value={s.payout} options={e.spifPayouts} onChange={(payout) => onChange({ payout })} />
        <Field label={e.spifMin} value={s.minQuantity} numeric onChange={(minQuantity) => onChange({ minQuantity })} />
      </div>
    </fieldset>
  );
}
