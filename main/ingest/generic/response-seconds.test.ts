import { describe, expect, it } from 'vitest';
import { parseGenericBody } from './parse';

const reply = (extra: object) => ({ id: 'r1', type: 'reply.sent', occurredAt: '2026-11-24T10:00:00-03:00', rep: { email: 'ana@x.com' }, ...extra });

describe('first-reply time on reply.sent (responseSeconds)', () => {
  it('is carried as whole seconds, and optional', () => {
    const parsed = parseGenericBody(reply({ responseSeconds: 245 }));
    expect(parsed.ok && parsed.value[0]?.responseSeconds).toBe(245);
    const without = parseGenericBody(reply({}));
    expect(without.ok && without.value[0]?.responseSeconds).toBeNull();
  });

  it('refuses negative, fractional, absurd values and other event types, saying where', () => {
    const problems = (body: object) => {
      const parsed = parseGenericBody(body);
      return parsed.ok ? [] : parsed.problems;
    };
    expect(problems(reply({ responseSeconds: -1 }))).toEqual([{ path: 'responseSeconds', message: 'must not be negative' }]);
    expect(problems(reply({ responseSeconds: 1.5 }))).toEqual([{ path: 'responseSeconds', message: 'must be a whole number of seconds' }]);
    expect(problems(reply({ responseSeconds: 31 * 86_400 }))).toEqual([{ path: 'responseSeconds', message: 'must be at most 2592000 (30 days)' }]);
    expect(problems([reply({}), { ...reply({ responseSeconds: 30 }), id: 'q', type: 'quote.sent' }])).toEqual([
      { path: '[1].responseSeconds', message: 'is only for reply.sent (the first-reply time), not quote.sent' },
    ]);
  });
});
