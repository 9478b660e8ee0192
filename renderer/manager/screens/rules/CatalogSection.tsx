import { useState, type FormEvent, type ReactNode } from 'react';
import type { ProductGroupView, ProductView, Result } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useAction } from '../../../api/use-action';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { GhostButton } from '../../../ui/components/GhostButton';
import { useI18n } from '../../../ui/i18n/i18n';

const pointsOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));
type Run = <T>(call: Promise<Result<T>>) => Promise<T | undefined>;

function GroupSelect({ groups, value, onChange, label }: { groups: readonly ProductGroupView[]; value: number | ''; onChange: (id: number | null) => void; label?: string }) {
  const { m } = useI18n();
  return (
    <select value={value} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} aria-label={label}>
      <option value="">{m.scoring.catalog.noGroup}</option>
      {groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
    </select>
  );
}

/** Points per unit, saved when the field is left (empty = none of its own). */
function PointsInput({ value, placeholder, label, onSave }: { value: number | null; placeholder?: string; label: string; onSave: (points: number | null) => void }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  return (
    <input
      className="num-input"
      type="number"
      min="0"
      step="1"
      value={text}
      placeholder={placeholder}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => pointsOrNull(text) !== value && onSave(pointsOrNull(text))}
      aria-label={label}
    />
  );
}

function Table({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <table className="table">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function RemoveButton({ onClick }: { onClick: () => void }) {
  const { m } = useI18n();
  return (
    <td className="col-actions">
      <GhostButton onClick={onClick}>{m.scoring.catalog.remove}</GhostButton>
    </td>
  );
}

function ProductRow({ product, groups, run }: { product: ProductView; groups: ProductGroupView[]; run: Run }) {
  const { m, f } = useI18n();
  const c = m.scoring.catalog;
  const save = (patch: { groupId?: number | null; points?: number | null }) =>
    void run(call('catalog.saveProduct', { id: product.id, sku: product.sku, name: product.name, groupId: product.groupId, points: product.points, ...patch }));
  return (
    <tr data-testid={`product-${product.sku}`}>
      <td>
        <strong>{product.name}</strong>
        <div className="muted small">
          <code>{product.sku}</code>
        </div>
      </td>
      <td>
        <GroupSelect groups={groups} value={product.groupId ?? ''} onChange={(groupId) => save({ groupId })} label={`${c.group} ${product.name}`} />
      </td>
      <td>
        <PointsInput value={product.points} placeholder={product.points === null ? String(product.effectivePoints) : ''} label={`${c.points} ${product.name}`} onSave={(points) => save({ points })} />
        {product.points === null && product.groupId !== null ? <div className="muted small">{c.pointsFromGroup(f.number(product.effectivePoints))}</div> : null}
      </td>
      <RemoveButton onClick={() => void run(call('catalog.removeProduct', { id: product.id }))} />
    </tr>
  );
}

/** Product groups and products with their points per unit. */
export function CatalogSection() {
  const { m } = useI18n();
  const catalog = useQuery('catalog.list', {}, ['rules']);
  const { error, run } = useAction();
  const [group, setGroup] = useState({ name: '', points: '' });
  const [product, setProduct] = useState<{ sku: string; name: string; groupId: number | ''; points: string }>({ sku: '', name: '', groupId: '', points: '' });
  const c = m.scoring.catalog;
  const groups = catalog.data?.groups ?? [];
  const products = catalog.data?.products ?? [];

  const addGroup = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(call('catalog.saveGroup', { name: group.name, points: Number(group.points || '0') }))) setGroup({ name: '', points: '' });
  };
  const addProduct = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await run(call('catalog.saveProduct', { sku: product.sku, name: product.name, groupId: product.groupId === '' ? null : product.groupId, points: pointsOrNull(product.points) }));
    if (saved) setProduct({ sku: '', name: '', groupId: '', points: '' });
  };

  return (
    <>
      <ErrorNotice error={error ?? catalog.error} />
      <div className="card section-card">
        <h2>{c.productsTitle}</h2>
        <p className="muted">{c.intro}</p>
        <form className="inline-form" onSubmit={(e) => void addProduct(e)} aria-label={c.addProduct}>
          <label className="field">
            <span>{c.sku}</span>
            <input value={product.sku} onChange={(e) => setProduct({ ...product, sku: e.target.value })} placeholder="sku-42" required />
          </label>
          <label className="field grow">
            <span>{c.name}</span>
            <input value={product.name} onChange={(e) => setProduct({ ...product, name: e.target.value })} required />
          </label>
          <label className="field">
            <span>{c.group}</span>
            <GroupSelect groups={groups} value={product.groupId} onChange={(groupId) => setProduct({ ...product, groupId: groupId ?? '' })} />
          </label>
          <label className="field">
            <span>{c.points}</span>
            <input className="num-input" type="number" min="0" step="1" value={product.points} onChange={(e) => setProduct({ ...product, points: e.target.value })} />
          </label>
          <button type="submit" className="btn btn-primary">
            {c.addProduct}
          </button>
        </form>
        {products.length === 0 ? (
          <p className="empty subtle">{c.emptyProducts}</p>
        ) : (
          <Table head={[c.name, c.group, c.points]}>
            {products.map((p) => (
              <ProductRow key={`${p.id}-${p.points}-${p.groupId}`} product={p} groups={groups} run={run} />
            ))}
          </Table>
        )}
      </div>
      <div className="card section-card">
        <h2>{c.groupsTitle}</h2>
        <form className="inline-form" onSubmit={(e) => void addGroup(e)} aria-label={c.addGroup}>
          <label className="field grow">
            <span>{c.groupName}</span>
            <input value={group.name} onChange={(e) => setGroup({ ...group, name: e.target.value })} required maxLength={80} />
          </label>
          <label className="field">
            <span>{c.points}</span>
            <input className="num-input" type="number" min="0" step="1" value={group.points} onChange={(e) => setGroup({ ...group, points: e.target.value })} />
          </label>
          <button type="submit" className="btn btn-secondary">
            {c.addGroup}
          </button>
        </form>
        {groups.length === 0 ? (
          <p className="empty subtle">{c.emptyGroups}</p>
        ) : (
          <Table head={[c.groupName, c.points]}>
            {groups.map((g) => (
              <tr key={`${g.id}-${g.points}`}>
                <td>
                  <strong>{g.name}</strong>
                  <div className="muted small">{c.products(g.productCount)}</div>
                </td>
                <td>
                  <PointsInput value={g.points} label={`${c.points} ${g.name}`} onSave={(points) => void run(call('catalog.saveGroup', { id: g.id, name: g.name, points: points ?? 0 }))} />
                </td>
                <RemoveButton onClick={() => void run(call('catalog.removeGroup', { id: g.id }))} />
              </tr>
            ))}
          </Table>
        )}
      </div>
    </>
  );
}
