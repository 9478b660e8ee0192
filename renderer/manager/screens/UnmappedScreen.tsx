import { useState } from 'react';
import type { Rep, SourceKind, UnmappedIdentity } from '../../../preload/contract';
import { call } from '../../api/client';
import { useAction } from '../../api/use-action';
import { RepSelect } from '../../ui/components/RepSelect';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import './scoring.css';

/** A rep whose name or e-mail resembles the identity, to preselect (e.g. "carla.mendes@…" -> Carla Mendes). */
function suggest(identity: string | null, reps: readonly Rep[]): number | '' {
  if (!identity) return '';
  const exact = reps.find((r) => r.email === identity);
  if (exact) return exact.id;
  const local = identity.split('@')[0]?.toLowerCase().replace(/[._-]+/g, ' ').trim() ?? '';
  const byName = reps.find((r) => local.length > 2 && r.name.toLowerCase() === local);
  return byName?.id ?? '';
}

function UnmappedRow({ group, reps, kind, onMapped }: { group: UnmappedIdentity; reps: Rep[]; kind: SourceKind | undefined; onMapped: (text: string) => void }) {
  const { m, f } = useI18n();
  const [repId, setRepId] = useState<number | ''>(() => suggest(group.value, reps));
  const { error, run } = useAction();
  const [busy, setBusy] = useState(false);
  const s = m.scoring.unmapped;
  const label = group.kind === 'external_id' && kind ? m.sourceSetup.vendorId[kind] : m.sourceSetup.identities.kinds[group.kind ?? 'external_id'];

  const map = async () => {
    if (repId === '' || group.kind === null || group.value === null) return;
    setBusy(true);
    const mapped = await run(call('identities.map', { sourceId: group.sourceId, kind: group.kind, value: group.value, repId }));
    setBusy(false);
    if (mapped) onMapped(s.mapped(mapped.scoredEvents, mapped.mapping.repName));
  };

  return (
    <tr data-testid={`unmapped-${group.value ?? 'none'}`}>
      <td>
        <div className="identity-label">{label}</div>
        <code className="identity-value">{group.value ?? s.noIdentity}</code>
      </td>
      <td>{group.sourceName}</td>
      <td className="col-num tabular">
        <strong>{f.number(group.count)}</strong>
        <div className="muted small nowrap">{s.span(f.date(group.firstAt), f.date(group.lastAt))}</div>
      </td>
      <td>
        <div>{m.eventTypes[group.sample.type]}</div>
        <div className="muted small">
          {[group.sample.amountMinor !== null && group.sample.currency ? f.money(group.sample.amountMinor, group.sample.currency) : null, group.sample.customerName, f.dateTime(group.sample.occurredAt)]
            .filter(Boolean)
            .join(' · ')}
        </div>
      </td>
      <td>
        <div className="map-cell">
          <RepSelect reps={reps} value={repId} onChange={setRepId} empty={s.choose} label={`${s.mapTo} ${group.value ?? ''}`} disabled={group.kind === null} />
          <button type="button" className="btn btn-primary btn-small" disabled={repId === '' || busy || group.kind === null} onClick={() => void map()}>
            {s.map}
          </button>
        </div>
        <ErrorNotice error={error} />
      </td>
    </tr>
  );
}

/** The Unmapped inbox: held events grouped by the identity they name, each mapped to a rep in one click. */
export function UnmappedScreen() {
  const { m } = useI18n();
  const groups = useQuery('unmapped.list', {}, ['events', 'identities', 'reps']);
  const reps = useQuery('reps.list', {}, ['reps']);
  const sources = useQuery('sources.list', {}, ['sources']);
  const kinds = new Map((sources.data ?? []).map((s) => [s.id, s.kind]));
  const [notice, setNotice] = useState<string | null>(null);
  const list = groups.data ?? [];
  const s = m.scoring.unmapped;
  return (
    <section className="screen">
      <PageHeader title={s.title} intro={s.intro} />
      <ErrorNotice error={groups.error} onRetry={groups.refresh} />
      {notice ? (
        <div className="notice notice-ok" role="status" data-testid="mapped-notice">
          {notice}
        </div>
      ) : null}
      <div className="card">
        {list.length === 0 && !groups.loading ? <p className="empty">{s.empty}</p> : null}
        {list.length > 0 ? (
          <table className="table unmapped-table" data-testid="unmapped">
            <thead>
              <tr>
                <th>{s.identity}</th>
                <th>{s.source}</th>
                <th className="col-num">{s.events}</th>
                <th>{s.sample}</th>
                <th>{s.mapTo}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((group) => (
                <UnmappedRow key={`${group.sourceId}|${group.kind}|${group.value}`} group={group} reps={(reps.data ?? []).filter((r) => r.active)} kind={kinds.get(group.sourceId)} onMapped={setNotice} />
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}
