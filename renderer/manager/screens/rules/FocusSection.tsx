import { useState, type FormEvent } from 'react';
import type { EventTypeName, FocusFactorView, ProcedureInput } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useAction } from '../../../api/use-action';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { GhostButton } from '../../../ui/components/GhostButton';
import { useI18n } from '../../../ui/i18n/i18n';
import { useNow } from '../../../ui/use-now';

const today = (now: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/** Multipliers with date ranges ("×2 on Product X in December"), scoped to an event type, product or group. */
export function FocusSection() {
  const { m, f } = useI18n();
  const now = useNow(60_000);
  const focus = useQuery('focus.list', {}, ['rules']);
  const catalog = useQuery('catalog.list', {}, ['rules']);
  const [draft, setDraft] = useState({ name: '', factor: '2', fromDay: '', toDay: '', eventType: '', scope: '' });
  const { error, run } = useAction();
  const t = m.scoring.focus;
  const products = catalog.data?.products ?? [];
  const groups = catalog.data?.groups ?? [];
  const day = today(now, f.timeZone);

  const save = async (input: ProcedureInput<'focus.save'>) => (await run(call('focus.save', input))) !== undefined;
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const [scopeKind, scopeId] = draft.scope.split(':');
    const ok = await save({
      name: draft.name,
      factor: draft.factor.replace(',', '.'),
      fromDay: draft.fromDay,
      toDay: draft.toDay,
      eventType: draft.eventType === '' ? null : (draft.eventType as EventTypeName),
      productId: scopeKind === 'product' ? Number(scopeId) : null,
      groupId: scopeKind === 'group' ? Number(scopeId) : null,
    });
    if (ok) setDraft({ name: '', factor: '2', fromDay: '', toDay: '', eventType: '', scope: '' });
  };
  const toggle = (row: FocusFactorView) => void save({ ...row, enabled: !row.enabled });
  const scopeOf = (row: FocusFactorView) =>
    [row.eventType ? m.eventTypes[row.eventType] : null, row.productId ? products.find((p) => p.id === row.productId)?.name : null, row.groupId ? groups.find((g) => g.id === row.groupId)?.name : null]
      .filter(Boolean)
      .join(' · ') || t.everything;
  const status = (row: FocusFactorView) => (!row.enabled ? t.paused : row.toDay < day ? t.ended : row.fromDay > day ? t.upcoming : t.running);
  const dayText = (d: string) => f.date(Date.parse(`${d}T12:00:00Z`));

  const list = focus.data ?? [];
  return (
    <div className="card section-card">
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <form className="inline-form" onSubmit={(e) => void add(e)} aria-label={t.add}>
        <label className="field grow">
          <span>{t.name}</span>
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} placeholder="December push" required maxLength={80} />
        </label>
        <label className="field">
          <span>{t.factor}</span>
          <input className="num-input" value={draft.factor} onChange={(e) => setDraft({ ...draft, factor: e.target.value })} inputMode="decimal" required />
        </label>
        <label className="field">
          <span>{t.from}</span>
          <input type="date" value={draft.fromDay} onChange={(e) => setDraft({ ...draft, fromDay: e.target.value })} required />
        </label>
        <label className="field">
          <span>{t.to}</span>
          <input type="date" value={draft.toDay} onChange={(e) => setDraft({ ...draft, toDay: e.target.value })} required />
        </label>
        <label className="field">
          <span>{t.eventType}</span>
          <select value={draft.eventType} onChange={(e) => setDraft({ ...draft, eventType: e.target.value })}>
            <option value="">{t.anyType}</option>
            {(Object.keys(m.eventTypes) as EventTypeName[]).map((type) => (
              <option key={type} value={type}>
                {m.eventTypes[type]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.product}</span>
          <select value={draft.scope} onChange={(e) => setDraft({ ...draft, scope: e.target.value })}>
            <option value="">{t.anyProduct}</option>
            {products.map((p) => (
              <option key={`p${p.id}`} value={`product:${p.id}`}>
                {p.name}
              </option>
            ))}
            {groups.map((g) => (
              <option key={`g${g.id}`} value={`group:${g.id}`}>
                {`${t.group}: ${g.name}`}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn-primary">
          {t.add}
        </button>
      </form>
      <ErrorNotice error={error ?? focus.error} />
      {list.length === 0 && !focus.loading ? <p className="empty subtle">{t.empty}</p> : null}
      {list.length > 0 ? (
        <table className="table" data-testid="focus">
          <tbody>
            {list.map((row) => (
              <tr key={row.id} className={row.enabled ? '' : 'is-disabled'}>
                <td>
                  <strong>{row.name}</strong>
                  <div className="muted small">{scopeOf(row)}</div>
                </td>
                <td className="tabular">
                  <strong>×{row.factor}</strong>
                </td>
                <td className="nowrap">
                  {dayText(row.fromDay)} – {dayText(row.toDay)}
                </td>
                <td>
                  <span className={`pill ${status(row) === t.running ? 'pill-green' : 'pill-grey'}`}>{status(row)}</span>
                </td>
                <td className="col-actions nowrap">
                  <GhostButton onClick={() => toggle(row)}>{row.enabled ? t.pause : t.resume}</GhostButton>
                  <GhostButton onClick={() => void run(call('focus.remove', { id: row.id }))}>{t.remove}</GhostButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
