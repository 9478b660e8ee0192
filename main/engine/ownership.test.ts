import { describe, expect, it } from 'vitest';
import { checkCut, creditFor, ownerAt } from './ownership';

describe('who an event about a customer scores for', () => {
  it('under the owner policy, the owner at the event instant wins over the named rep', () => {
    expect(creditFor({ policy: 'owner', ownerRepId: 1, namedRepId: 2, namesSomeone: true })).toEqual({ repId: 1, by: 'owner' });
    expect(creditFor({ policy: 'owner', ownerRepId: null, namedRepId: 2, namesSomeone: true })).toEqual({ repId: 2, by: 'identity' });
    expect(creditFor({ policy: 'owner', ownerRepId: 1, namedRepId: null, namesSomeone: true })).toEqual({ repId: 1, by: 'owner' });
    expect(creditFor({ policy: 'owner', ownerRepId: null, namedRepId: null, namesSomeone: false })).toEqual({ repId: null, by: null });
  });

  it('under the named policy, the owner only fills in when the source names nobody', () => {
    expect(creditFor({ policy: 'named', ownerRepId: 1, namedRepId: 2, namesSomeone: true })).toEqual({ repId: 2, by: 'identity' });
    expect(creditFor({ policy: 'named', ownerRepId: 1, namedRepId: null, namesSomeone: false })).toEqual({ repId: 1, by: 'owner' });
    // An identity not mapped yet waits for its mapping instead of going to the owner.
    expect(creditFor({ policy: 'named', ownerRepId: 1, namedRepId: null, namesSomeone: true })).toEqual({ repId: null, by: null });
  });
});

describe('ownership timeline', () => {
  const periods = [
    { repId: 1, fromAt: 0, toAt: 1000 },
    { repId: 2, fromAt: 1000, toAt: null },
  ];

  it('finds the owner at an instant, with the change instant belonging to the new owner', () => {
    expect(ownerAt(periods, 999)).toBe(1);
    expect(ownerAt(periods, 1000)).toBe(2);
    expect(ownerAt([{ repId: 1, fromAt: 500, toAt: null }], 100)).toBeNull();
  });

  it('refuses a change dated before the latest change of owner, and replaces the latest period when dated exactly at its start', () => {
    expect(checkCut(periods, 999)).toEqual({ ok: false, latestFrom: 1000, latestRepId: 2 });
    expect(checkCut(periods, 1000)).toEqual({ ok: true, replaces: true });
    expect(checkCut(periods, 5000)).toEqual({ ok: true, replaces: false });
    expect(checkCut([], 0)).toEqual({ ok: true, replaces: false });
  });
});
