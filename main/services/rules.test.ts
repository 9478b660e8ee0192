import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/support/context';
import { deliverGeneric } from '../../tests/support/ingest';
import { createAward } from './awards';
import { listCatalog, removeGroup, removeProduct, saveGroup, saveProduct } from './catalog';
import { listEvents } from './events';
import { removeFocus, saveFocus } from './focus';
import { getLeaderboard } from './leaderboard';
import { listRates, setRate } from './rates';
import { createRep } from './reps';
import { createSource } from './sources';
import { updateWorkspace } from './workspace';

let ctx: TestContext;
let sourceId: string;
const points = (name: string) => getLeaderboard(ctx, 'week').rows.find((r) => r.name === name)?.points ?? 0;
const deliver = (events: object[]) => deliverGeneric(ctx, sourceId, events);

beforeEach(() => {
  ctx = createTestContext({ now: '2026-12-08T15:00:00Z' });
  sourceId = createSource(ctx, { kind: 'generic', name: 'Shop' }).id;
  createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com' });
});
afterEach(() => ctx.dispose());

describe('the product catalog and focus factors', () => {
  it('"x2 on Product X in December": product points by group, multiplied in the range only', () => {
    const group = saveGroup(ctx, { name: 'Add-ons', points: 8 });
    const product = saveProduct(ctx, { sku: 'X', name: 'Product X', groupId: group.id, points: null });
    expect(product).toMatchObject({ groupName: 'Add-ons', effectivePoints: 8 });
    saveFocus(ctx, { name: 'December push', factor: '2', fromDay: '2026-12-01', toDay: '2026-12-31', eventType: null, productId: product.id, groupId: null, enabled: true });
    deliver([
      { id: 's1', type: 'catalog.sale', occurredAt: '2026-12-08T10:00:00-03:00', rep: { email: 'ana@example.com' }, product: 'X', quantity: 2 },
      { id: 's2', type: 'catalog.sale', occurredAt: '2026-11-30T10:00:00-03:00', rep: { email: 'ana@example.com' }, product: 'X' },
    ]);
    const [november, december] = listEvents(ctx, { limit: 10, unmappedOnly: false }).events;
    // (15 + 2 x 8) x 2 = 62; in November 15 + 8 = 23.
    expect(december?.points).toBe(62);
    expect(november?.points).toBe(23);
  });

  it('refuses what would be ambiguous or dangling, saying what to do', () => {
    const group = saveGroup(ctx, { name: 'Add-ons', points: 8 });
    expect(() => saveGroup(ctx, { name: 'Add-ons', points: 1 })).toThrow(/already a product group named "Add-ons"/);
    const product = saveProduct(ctx, { sku: 'X', name: 'Product X', groupId: group.id, points: 5 });
    expect(() => saveProduct(ctx, { sku: 'X', name: 'Other', groupId: null, points: null })).toThrow(/already a product with the code "X"/);
    expect(() => removeGroup(ctx, { id: group.id })).toThrow(/still holds 1 product/);
    const focus = saveFocus(ctx, { name: 'Push X', factor: '1.5', fromDay: '2026-12-01', toDay: '2026-12-31', eventType: null, productId: product.id, groupId: null, enabled: true });
    expect(() => removeProduct(ctx, { id: product.id })).toThrow(/The focus factor "Push X" applies to "Product X"/);
    removeFocus(ctx, { id: focus.id });
    removeProduct(ctx, { id: product.id });
    removeGroup(ctx, { id: group.id });
    expect(listCatalog(ctx)).toEqual({ groups: [], products: [] });
    expect(() => saveFocus(ctx, { name: 'Bad', factor: '0', fromDay: '2026-12-01', toDay: '2026-12-31', eventType: null, productId: null, groupId: null, enabled: true })).toThrow(/more than 0 and at most 100/);
    expect(() => saveFocus(ctx, { name: 'Bad', factor: '2', fromDay: '2026-12-31', toDay: '2026-12-01', eventType: null, productId: null, groupId: null, enabled: true })).toThrow(/before the first day/);
  });
});

describe('exchange rates', () => {
  it('converts foreign amounts with the rate in force, and stops applying rates after a change of base currency', () => {
    setRate(ctx, { currency: 'USD', rate: '5,4'.replace(',', '.'), validFrom: null });
    expect(() => setRate(ctx, { currency: 'BRL', rate: '1', validFrom: null })).toThrow(/is the base currency/);
    expect(() => setRate(ctx, { currency: 'XYZ', rate: '1', validFrom: null })).toThrow(/not an ISO 4217 currency code/);
    expect(() => setRate(ctx, { currency: 'EUR', rate: '0', validFrom: null })).toThrow(/must be a positive number/);
    deliver([{ id: 'p1', type: 'payment.confirmed', occurredAt: '2026-12-08T10:00:00-03:00', rep: { email: 'ana@example.com' }, amount: { value: '1000.00', currency: 'USD' } }]);
    expect(points('Ana Souza')).toBe(20 + 54);
    updateWorkspace(ctx, { baseCurrency: 'EUR' });
    expect(listRates(ctx)).toMatchObject([{ currency: 'USD', baseCurrency: 'BRL', applies: false }]);
    deliver([{ id: 'p2', type: 'payment.confirmed', occurredAt: '2026-12-08T11:00:00-03:00', rep: { email: 'ana@example.com' }, amount: { value: '1000.00', currency: 'USD' } }]);
    expect(listEvents(ctx, { limit: 1, unmappedOnly: false }).events[0]?.explanations[0]?.explanation).toMatchObject({ amountSkipped: { currency: 'USD' } });
  });
});

describe('manual awards', () => {
  it('records points with a reason in the log and scores them in one go', () => {
    createAward(ctx, { repId: 1, points: 30, reason: 'Helped onboard Jonas' });
    expect(points('Ana Souza')).toBe(30);
    const [award] = listEvents(ctx, { limit: 1, unmappedOnly: false }).events;
    expect(award).toMatchObject({ type: 'points.manual', repName: 'Ana Souza', sourceName: 'Manager', points: 30, explanations: [{ explanation: { kind: 'manual', reason: 'Helped onboard Jonas' } }] });
    expect(() => createAward(ctx, { repId: 99, points: 5, reason: 'x' })).toThrow(/no rep with id 99/);
    expect(() => createAward(ctx, { repId: 1, points: 5, reason: 'x', day: '2027-01-01' })).toThrow(/cannot be dated in the future/);
  });
});
