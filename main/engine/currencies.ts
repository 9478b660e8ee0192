// ISO 4217 active currency codes and their minor-unit exponents. Kept as data (not taken
// from Intl) so Node and every Chromium agree on what "1250.00 BRL" is in minor units.
const ZERO_DECIMAL = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DECIMAL = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DECIMAL = 'CLF UYW';
const TWO_DECIMAL =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS ' +
  'GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL ' +
  'MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK ' +
  'PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS ' +
  'TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

const EXPONENTS: ReadonlyMap<string, number> = new Map([
  ...TWO_DECIMAL.split(' ').map((c) => [c, 2] as const),
  ...ZERO_DECIMAL.split(' ').map((c) => [c, 0] as const),
  ...THREE_DECIMAL.split(' ').map((c) => [c, 3] as const),
  ...FOUR_DECIMAL.split(' ').map((c) => [c, 4] as const),
]);

export function isCurrencyCode(code: string): boolean {
  return EXPONENTS.has(code);
}

/** Number of decimals of the currency's minor unit (USD 2, JPY 0, KWD 3). */
export function currencyExponent(code: string): number {
  const exponent = EXPONENTS.get(code);
  if (exponent === undefined) throw new Error(`Unknown ISO 4217 currency code "${code}"`);
  return exponent;
}

export const CURRENCY_CODES: readonly string[] = [...EXPONENTS.keys()].sort();
