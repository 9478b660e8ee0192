import { useState, type FormEvent } from 'react';
import type { Rep, Source } from '../../../preload/contract';
import { call } from '../../api/client';
import { useAction } from '../../api/use-action';
import { RepSelect } from '../../ui/components/RepSelect';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { GhostButton } from '../../ui/components/GhostButton';
import { useI18n } from '../../ui/i18n/i18n';

/** How a source names reps: its mappings (change the rep, unmap) and a form to map one by hand. */
export function SourceIdentities({ source, reps }: { source: Source; reps: Rep[] }) {
  const { m } = useI18n();
  const mappings = useQuery('identities.list', { sourceId: source.id }, ['identities', 'reps']);
  const [value, setValue] = useState('');
  const [kind, setKind] = useState<'email' | 'external_id'>(source.kind === 'pipedrive' || source.kind === 'asaas' ? 'external_id' : 'email');
  const [repId, setRepId] = useState<number | ''>('');
  const { error, run } = useAction();
  const t = m.sourceSetup.identities;
  const kindLabel = (k: 'email' | 'external_id' | 'name') => (k === 'external_id' ? m.sourceSetup.vendorId[source.kind] : t.kinds[k]);

  const map = async (input: { kind: 'email' | 'external_id' | 'name'; value: string; repId: number }) => (await run(call('identities.map', { sourceId: source.id, ...input }))) !== undefined;
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (repId === '' || !(await map({ kind, value, repId }))) return;
    setValue('');
    setRepId('');
  };
  const unmap = (id: number) => void run(call('identities.unmap', { id }));

  const list = mappings.data ?? [];
  return (
    <details className="source-identities">
      <summary>
        {t.title} <span className="muted">({list.length})</span>
      </summary>
      <p className="muted small">{t.intro}</p>
      <ErrorNotice error={error ?? mappings.error} />
      {list.length === 0 ? <p className="empty subtle">{t.empty}</p> : null}
      {list.length > 0 ? (
        <table className="table compact">
          <thead>
            <tr>
              <th>{t.value}</th>
              <th>{t.rep}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((row) => (
              <tr key={row.id}>
                <td>
                  <span className="muted small">{kindLabel(row.kind)}</span> <code>{row.value}</code>
                </td>
                <td>
                  <RepSelect reps={reps} value={row.repId} onChange={(repId) => void (repId !== '' && map({ kind: row.kind, value: row.value, repId }))} empty={null} label={`${t.rep} ${row.value}`} />
                </td>
                <td className="col-actions">
                  <GhostButton onClick={() => unmap(row.id)}>{t.unmap}</GhostButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="form-row compact" onSubmit={(e) => void add(e)} aria-label={t.add}>
        <select aria-label={t.value} value={kind} onChange={(e) => setKind(e.target.value as 'email' | 'external_id')}>
          <option value="external_id">{kindLabel('external_id')}</option>
          <option value="email">{kindLabel('email')}</option>
        </select>
        <input aria-label={t.value} value={value} onChange={(e) => setValue(e.target.value)} placeholder={kind === 'email' ? m.reps.emailPlaceholder : t.placeholder} required maxLength={254} />
        <RepSelect reps={reps} value={repId} onChange={setRepId} empty={m.scoring.unmapped.choose} label={t.rep} required />
        <button type="submit" className="btn btn-secondary btn-small">
          {t.add}
        </button>
      </form>
    </details>
  );
}
