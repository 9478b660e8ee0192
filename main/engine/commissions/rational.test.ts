import { describe, expect, it } from 'vitest';
import { add, div, fromText, mul, parseDecimal, rational, roundHalfUp, toDecimal, toShortDecimal, toText } from './rational';

describe('exact rationals', () => {
  it('keeps thirds and decimals exact where floats drift', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; here it is 3/10.
    expect(toText(add(parseDecimal('0.1'), parseDecimal('0.2')))).toBe('3/10');
    // 10,000.00 split in thirds, added back: exactly 1,000,000 minor units again.
    const third = div(rational(1_000_000), rational(3));
    expect(toText(add(add(third, third), third))).toBe('1000000');
    expect(toText(mul(parseDecimal('12000.00'), parseDecimal('0.08')))).toBe('960');
  });

  it('rounds half away from zero, the payroll meaning of half-up', () => {
    expect(roundHalfUp(fromText('5/2'))).toBe(3n); // 2.5 -> 3
    expect(roundHalfUp(fromText('-5/2'))).toBe(-3n); // -2.5 -> -3
    expect(roundHalfUp(fromText('49/20'))).toBe(2n); // 2.45 -> 2
    expect(roundHalfUp(fromText('617250/100'))).toBe(6173n); // 6172.5 -> 6173 (banker's rounding would give 6172)
  });

  it('shows decimals and says when the shown value is not exact', () => {
    expect(toDecimal(fromText('1000/3'), 2)).toEqual({ text: '333.33', exact: false });
    expect(toDecimal(fromText('-96000'), 2)).toEqual({ text: '-96000.00', exact: true });
    expect(toShortDecimal(parseDecimal('4.80'))).toEqual({ text: '4.8', exact: true });
  });

  it('round-trips its stored text and rejects anything else', () => {
    expect(toText(fromText('-25/3'))).toBe('-25/3');
    expect(() => fromText('1.5')).toThrow(/stored rational/);
    expect(() => parseDecimal('1,5')).toThrow(/decimal number/);
  });
});
