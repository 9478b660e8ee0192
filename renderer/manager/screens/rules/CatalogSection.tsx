import { useState, type FormEvent } from 'react';
import type { AppError, ProductGroupView, ProductView, Result } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';

const pointsOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));
const errorOf = (result: Result<unknown>): AppError | null => (result.ok ? null : result.error);

function GroupRow({ group, onError }: { group: ProductGroupView; onError: (e: AppError | null) => void }) {
  const { m } = useI18n();
  const [points, setPoints] = useState(String(group.points));
  const c = m.scoring.catalog;
  const save = async () => onError(errorOf(await call('catalog.saveGroup', { id: group.id, name: group.name, points: Number(points) })));
  const remove = async () => onError(errorOf(await call('catalog.removeGroup', { id: group.id })));
  return (
    <tr>
      <td>
        <strong>{group.name}</strong>
        <div className="muted small">{c.products(group.productCount)}</div>
      </td>
      <td>
        <input className="num-input" type="number" min="0" step="1" value={points} onChange={(e) => setPoints(e.target.value)} onBlur={() => void (points !== String(group.points) && save())} aria-label={`${c.points} ${group.name}`} />
      </td>
      <td className="col-actions">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => void remove()}>
          {c.remove}
        </button>
      </td>
    </tr>
  );
}

function ProductRow({ product, groups, onError }: { product: ProductView; groups: ProductGroupView[]; onError: (e: AppError | null) => void }) {
  const { m, f } = useI18n();
  const [points, setPoints] = useState(product.points === null ? '' : String(product.points));
  const c = m.scoring.catalog;
  const save = async (patch: { groupId?: number | null; points?: number | null }) => {
    const result = await call('catalog.saveProduct', { id: product.id, sku: product.sku, name: product.name, groupId: product.groupId, points: product.points, ...patch });
    onError(errorOf(result));
  };
  const remove = async () => onError(errorOf(await call('catalog.removeProduct', { id: product.id })));
  return (
    <tr data-testid={`product-${product.sku}`}>
      <td>
        <strong>{product.name}</strong>
        <div className="muted small">
          <code>{product.sku}</code>
        </div>
      </td>
      <td>
        <select value={product.groupId ?? ''} onChange={(e) => void save({ groupId: e.target.value === '' ? null : Number(e.target.value) })} aria-label={`${c.group} ${product.name}`}>
          <option value="">{c.noGroup}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          className="num-input"
          type="number"
          min="0"
          step="1"
          value={points}
          placeholder={product.points === null ? String(product.effectivePoints) : ''}
          onChange={(e) => setPoints(e.target.value)}
          onBlur={() => void (pointsOrNull(points) !== product.points && save({ points: pointsOrNull(points) }))}
          aria-label={`${c.points} ${product.name}`}
        />
        {product.points === null && product.groupId !== null ? <div className="muted small">{c.pointsFromGroup(f.number(product.effectivePoints))}</div> : null}
      </td>
      <td className="col-actions">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => void remove()}>
          {c.remove}
        </button>
      </td>
    </tr>
  );
}

/** Product groups and products with their points per unit. */
export function CatalogSection() {
  const { m } = useI18n();
  const catalog = useQuery('catalog.list', {}, ['rules']);
  const [error, setError] = useState<AppError | null>(null);
  const [groupName, setGroupName] = useState('');
  const [groupPoints, setGroupPoints] = useState('');
  const [product, setProduct] = useState({ sku: '', name: '', groupId: '', points: '' });
  const c = m.scoring.catalog;
  const groups = catalog.data?.groups ?? [];
  const products = catalog.data?.products ?? [];

  const addGroup = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('catalog.saveGroup', { name: groupName, points: Number(groupPoints || '0') });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setGroupName('');
      setGroupPoints('');
    }
  };
  const addProduct = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('catalog.saveProduct', { sku: product.sku, name: product.name, groupId: product.groupId === '' ? null : Number(product.groupId), points: pointsOrNull(product.points) });
    setError(result.ok ? null : result.error);
    if (result.ok) setProduct({ sku: '', name: '', groupId: '', points: '' });
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
            <select value={product.groupId} onChange={(e) => setProduct({ ...product, groupId: e.target.value })}>
              <option value="">{c.noGroup}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{c.points}</span>
            <input className="num-input" type="number" min="0" step="1" value={product.points} onChange={(e) => setProduct({ ...product, points: e.target.value })} />
          </label>
          <button type="submit" className="btn btn-primary">
            {c.addProduct}
          </button>
        </form>
        {products.length === 0 ? <p className="empty subtle">{c.emptyProducts}</p> : null}
        {products.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>{c.name}</th>
                <th>{c.group}</th>
                <th>{c.points}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {products.map((p) => (
                <ProductRow key={`${p.id}-${p.points}-${p.groupId}`} product={p} groups={groups} onError={setError} />
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <div className="card section-card">
        <h2>{c.groupsTitle}</h2>
        <form className="inline-form" onSubmit={(e) => void addGroup(e)} aria-label={c.addGroup}>
          <label className="field grow">
            <span>{c.groupName}</span>
            <input value={groupName} onChange={(e) => setGroupName(e.target.value)} required maxLength={80} />
          </label>
          <label className="field">
            <span>{c.points}</span>
            <input className="num-input" type="number" min="0" step="1" value={groupPoints} onChange={(e) => setGroupPoints(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-secondary">
            {c.addGroup}
          </button>
        </form>
        {groups.length === 0 ? <p className="empty subtle">{c.emptyGroups}</p> : null}
        {groups.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>{c.groupName}</th>
                <th>{c.points}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <GroupRow key={`${g.id}-${g.points}`} group={g} onError={setError} />
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </>
  );
}
