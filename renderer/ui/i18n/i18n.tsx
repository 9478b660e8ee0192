import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../../../preload/contract';
import { en, type Messages } from './en';
import { ptBR } from './pt-BR';
import { minorDigits, minorToDecimal } from '../money-input';

const MESSAGES: Record<Locale, Messages> = { en, 'pt-BR': ptBR };

/** Numbers, money and dates in the workspace locale and time zone (always through Intl). */
export interface Formatters {
  locale: Locale;
  timeZone: string;
  number(value: number): string;
  money(minor: number, currency: string): string;
  dateTime(at: number): string;
  date(at: number): string;
  time(at: number): string;
  dayRange(firstDay: string, lastDay: string): string;
  relative(at: number, now: number): string;
  weekday(isoWeekday: number): string;
}

export function createFormatters(locale: Locale, timeZone: string): Formatters {
  const number = new Intl.NumberFormat(locale);
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const dayFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  return {
    locale,
    timeZone,
    number: (value) => number.format(value),
    money(minor, currency) {
      let format = moneyFormats.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        moneyFormats.set(currency, format);
      }
      // Intl formats a decimal string exactly: no float ever touches the amount.
      return format.format(minorToDecimal(minor, minorDigits(currency)) as Intl.StringNumericLiteral);
    },
    dateTime: (at) => dateTime.format(at),
    date: (at) => date.format(at),
    time: (at) => time.format(at),
    dayRange: (firstDay, lastDay) => {
      const a = Date.parse(`${firstDay}T12:00:00Z`);
      const b = Date.parse(`${lastDay}T12:00:00Z`);
      return firstDay === lastDay ? dayFormat.format(a) : dayFormat.formatRange(a, b);
    },
    relative(at, now) {
      const seconds = Math.round((at - now) / 1000);
      if (Math.abs(seconds) < 45) return relative.format(0, 'second');
      const minutes = Math.round(seconds / 60);
      if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
      const hours = Math.round(minutes / 60);
      if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
      return relative.format(Math.round(hours / 24), 'day');
    },
    weekday(isoWeekday) {
      // 2024-01-01 was a Monday.
      return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, isoWeekday));
    },
  };
}

export interface I18n {
  m: Messages;
  f: Formatters;
}

const I18nContext = createContext<I18n>({ m: en, f: createFormatters('en', 'UTC') });

export function I18nProvider({ locale, timeZone, children }: { locale: Locale; timeZone: string; children: ReactNode }) {
  const value = useMemo(() => ({ m: MESSAGES[locale], f: createFormatters(locale, timeZone) }), [locale, timeZone]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI strings (`m`) and formatters (`f`) of the workspace's language. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
