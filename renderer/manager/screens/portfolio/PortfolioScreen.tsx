import { useState } from 'react';
import { useQuery } from '../../../api/use-query';
import { Avatar } from '../../../ui/components/Avatar';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { PageHeader } from '../../../ui/components/PageHeader';
import { useI18n } from '../../../ui/i18n/i18n';
import { useNow } from '../../../ui/use-now';
import { routeParams } from '../../router';
import { ChangeList } from './ChangeList';
import { CustomerDetail } from './CustomerDetail';
import { CustomerTable } from './CustomerTable';
import { DistributeDialog } from './DistributeDialog';
import { SettingsCard } from './SettingsCard';
import { TransferDialog, type TransferTarget } from './TransferDialog';

type Owner = { kind: 'rep'; repId: number } | { kind: 'unowned' } | { kind: 'all' };
const PAGE = 200;

function initialOwner(): Owner {
  const rep = Number(routeParams().get('rep'));
  return Number.isInteger(rep) && rep > 0 ? { kind: 'rep', repId: rep } : { kind: 'all' };
}

export function PortfolioScreen() {
  const { m, f } = useI18n();
  const p = m.org.portfolio;
  const now = useNow(60_000);
  const [owner, setOwner] = useState<Owner>(initialOwner);
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [transfer, setTransfer] = useState<TransferTarget | null>(null);
  const [distribute, setDistribute] = useState<number[] | 'all' | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const tables = ['customers', 'events', 'ledger', 'reps'] as const;
  const summary = useQuery('portfolio.summary', {}, tables);
  const customers = useQuery('portfolio.customers', { owner, limit, offset: 0, ...(search.trim() ? { search: search.trim() } : {}) }, tables);
  const reps = useQuery('reps.list', {}, ['reps']);
  const teams = useQuery('teams.list', {}, ['teams']);
  const groupings = useQuery('groupings.list', {}, ['groupings']);
  const history = useQuery('portfolio.history', { limit: 8, ...(owner.kind === 'rep' ? { repId: owner.repId } : {}) }, tables);

  const choose = (next: Owner) => {
    setOwner(next);
    setSelected(new Set());
    setLimit(PAGE);
  };
  const select = (ids: number[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
  };
  const done = (message: string) => {
    setTransfer(null);
    setDistribute(null);
    setSelected(new Set());
    setNotice(message);
  };

  const list = customers.data?.customers ?? [];
  const total = customers.data?.total ?? 0;
  const current = owner.kind === 'rep' ? (reps.data ?? []).find((r) => r.id === owner.repId) : undefined;
  const selectedCustomers = list.filter((c) => selected.has(c.id));
  const allUnowned = selectedCustomers.length > 0 && selectedCustomers.every((c) => c.ownerRepId === null);
  const unowned = summary.data?.unownedCount ?? 0;
  const heading = owner.kind === 'rep' ? (current?.name ?? '') : owner.kind === 'unowned' ? p.unowned : p.all;

  return (
    <section className="screen screen-wide">
      <PageHeader
        title={p.title}
        intro={p.intro}
        actions={
          unowned > 0 ? (
            <button type="button" className="btn btn-primary" onClick={() => setDistribute('all')}>
              {p.distribute(unowned)}
            </button>
          ) : undefined
        }
      />
      <ErrorNotice error={summary.error ?? customers.error} />
      {notice ? (
        <div className="notice notice-ok" role="status">
          {notice}
        </div>
      ) : null}
      <div className="portfolio-layout">
        <nav className="card owner-list" aria-label={p.title}>
          <button type="button" className={`owner-item ${owner.kind === 'all' ? 'is-active' : ''}`} onClick={() => choose({ kind: 'all' })}>
            <span className="owner-name">{p.all}</span>
            <span className="count tabular">{f.number(summary.data?.totalCustomers ?? 0)}</span>
          </button>
          <button type="button" className={`owner-item ${owner.kind === 'unowned' ? 'is-active' : ''}`} onClick={() => choose({ kind: 'unowned' })} data-testid="owner-unowned">
            <span className="owner-name">{p.unowned}</span>
            <span className={`count tabular ${unowned > 0 ? 'count-alert' : ''}`}>{f.number(unowned)}</span>
          </button>
          <div className="owner-divider" />
          {(summary.data?.reps ?? [])
            .filter((r) => r.leftOn === null || r.customerCount > 0)
            .map((r) => (
              <button
                type="button"
                key={r.repId}
                className={`owner-item ${owner.kind === 'rep' && owner.repId === r.repId ? 'is-active' : ''} ${r.active ? '' : 'is-inactive'}`}
                onClick={() => choose({ kind: 'rep', repId: r.repId })}
                data-testid={`owner-${r.repId}`}
              >
                <Avatar name={r.name} size={28} src={r.avatarUrl} />
                <span className="owner-name">
                  {r.name}
                  {r.capacity !== null ? (
                    <span className="capacity-bar" aria-hidden="true">
                      <span style={{ width: `${Math.min(100, (r.customerCount / Math.max(1, r.capacity)) * 100)}%` }} />
                    </span>
                  ) : null}
                </span>
                <span className="count tabular">{r.capacity !== null ? p.ofCapacity(r.customerCount, r.capacity) : f.number(r.customerCount)}</span>
              </button>
            ))}
        </nav>
        <div className="stack">
          <div className="card">
            <div className="list-toolbar">
              <h2 className="toolbar-title">{heading}</h2>
              <span className="muted">{p.customers(total)}</span>
              <input type="search" className="search-input" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={p.search} aria-label={p.search} />
              {current && (summary.data?.reps.find((r) => r.repId === current.id)?.customerCount ?? 0) > 0 ? (
                <button type="button" className="btn btn-secondary" onClick={() => setTransfer({ kind: 'portfolio', fromRep: current })}>
                  {p.handOver}
                </button>
              ) : null}
            </div>
            {selected.size > 0 ? (
              <div className="bulk-bar" data-testid="customer-bulk-bar">
                <strong>{p.selected(selected.size)}</strong>
                {allUnowned ? (
                  <button type="button" className="btn btn-secondary btn-small" onClick={() => setDistribute([...selected])}>
                    {m.org.distribution.title}
                  </button>
                ) : null}
                <button type="button" className="btn btn-primary btn-small" onClick={() => setTransfer({ kind: 'customers', customerIds: [...selected], unowned: allUnowned })}>
                  {allUnowned ? p.assign : p.transfer}
                </button>
                <button type="button" className="btn btn-ghost btn-small bulk-clear" onClick={() => setSelected(new Set())}>
                  {m.org.reps.clearSelection}
                </button>
              </div>
            ) : null}
            {list.length === 0 && !customers.loading ? <p className="empty">{owner.kind === 'unowned' ? p.emptyUnowned : p.empty}</p> : null}
            {list.length > 0 ? <CustomerTable customers={list} showOwner={owner.kind !== 'rep'} selected={selected} onSelect={select} onOpen={setOpen} now={now} /> : null}
            {total > list.length ? (
              <div className="table-foot">
                <span className="muted small">{p.more(list.length, total)}</span>
                <button type="button" className="btn btn-ghost btn-small" onClick={() => setLimit(limit + PAGE)}>
                  {p.showMore}
                </button>
              </div>
            ) : null}
          </div>
          <div className="card">
            <h2>{p.recent}</h2>
            <ChangeList changes={history.data ?? []} testId="change-list" />
          </div>
          <SettingsCard teams={teams.data ?? []} groupings={groupings.data ?? []} />
        </div>
      </div>
      {transfer ? <TransferDialog target={transfer} reps={reps.data ?? []} onClose={() => setTransfer(null)} onDone={done} /> : null}
      {distribute ? (
        <DistributeDialog
          {...(distribute === 'all' ? {} : { customerIds: distribute })}
          teams={teams.data ?? []}
          groupings={groupings.data ?? []}
          onClose={() => setDistribute(null)}
          onDone={done}
        />
      ) : null}
      {open !== null ? <CustomerDetail id={open} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
