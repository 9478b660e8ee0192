import { describe, expect, it } from 'vitest';
import { formatMinorAsDecimal, numberToDecimalText, parseMajorAmount } from './money';

describe('parseMajorAmount', () => {
  it('turns decimal text into exact minor units per currency exponent', () => {
    expect(parseMajorAmount('1250.00', 'BRL')).toEqual({ ok: true, money: { minor: 125000, currency: 'BRL' } });
    expect(parseMajorAmount('19.99', 'usd')).toEqual({ ok: true, money: { minor: 1999, currency: 'USD' } });
    expect(parseMajorAmount('48000', 'JPY')).toEqual({ ok: true, money: { minor: 48000, currency: 'JPY' } });
    expect(parseMajorAmount('1.5', 'KWD')).toEqual({ ok: true, money: { minor: 1500, currency: 'KWD' } });
    expect(parseMajorAmount('1890.5', 'BRL')).toEqual({ ok: true, money: { minor: 189050, currency: 'BRL' } });
  });

  it('never loses a cent to floating point (19.99 * 100 would be 1998.99...)', () => {
    for (let cents = 0; cents < 10_000; cents += 7) {
      const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      const parsed = parseMajorAmount(text, 'USD');
      expect(parsed.ok && parsed.money.minor).toBe(cents);
    }
  });

  it('explains what is wrong with bad amounts', () => {
    expect(parseMajorAmount('12.345', 'BRL')).toEqual({ ok: false, problem: '"12.345" has 3 decimals but BRL has 2' });
    expect(parseMajorAmount('1.5', 'JPY')).toMatchObject({ ok: false, problem: expect.stringContaining('JPY has 0') });
    expect(parseMajorAmount('12,50', 'BRL')).toMatchObject({ ok: false, problem: expect.stringContaining('not a decimal number') });
    expect(parseMajorAmount('10', 'BRR')).toEqual({ ok: false, problem: '"BRR" is not an ISO 4217 currency code' });
  });

  it('accepts trailing zeros beyond the exponent', () => {
    expect(parseMajorAmount('48000.00', 'JPY')).toEqual({ ok: true, money: { minor: 48000, currency: 'JPY' } });
  });
});

describe('formatting helpers', () => {
  it('writes minor units back as a plain decimal', () => {
    expect(formatMinorAsDecimal(125000, 'BRL')).toBe('1250.00');
    expect(formatMinorAsDecimal(-5, 'USD')).toBe('-0.05');
    expect(formatMinorAsDecimal(48000, 'JPY')).toBe('48000');
  });

  it('expands JSON numbers to their decimal text', () => {
    expect(numberToDecimalText(1890.5)).toBe('1890.5');
    expect(numberToDecimalText(450)).toBe('450');
    expect(numberToDecimalText(1e21)).toBe('1000000000000000000000');
  });
});
