// Statement wording in the workspace languages. One source for the screen, the rep's view,
// the payroll CSV and the PDF, so every copy of a statement says the same thing.
import type { DocLocale } from './format';

export interface StatementWords {
  eventTypes: Record<string, string>;
  unnamed: string;
  hypothetical: string;
  tier: (n: number, of: number) => string;
  slice: (part: string, whole: string) => string;
  share: (percent: string, role: string, overlay: boolean) => string;
  converted: (amount: string, currency: string, rate: string) => string;
  baseRate: (rate: string, multiplier: string) => string;
  byTotal: string;
  cap: (component: string, computed: string, cap: string) => string;
  gate: (component: string, gating: string, attainment: string, threshold: string, above: boolean) => string;
  spifEach: (name: string, what: string, share: string | null) => string;
  spifOnce: (name: string, count: number) => string;
  spifShort: (name: string, count: number, needed: number) => string;
  clawback: (what: string, part: string, days: number, window: number, paid: string) => string;
  clawbackProrated: (unused: number, term: number) => string;
  clawbackOutside: (what: string, days: number, window: number) => string;
  correction: (period: string, line: string, was: string, now: string) => string;
  adjustment: (reason: string) => string;
  disputeAdjustment: (id: number, reason: string) => string;
  carry: (period: string | null) => string;
  drawTopUp: (recoverable: boolean, draw: string, earned: string) => string;
  drawRecovery: (outstanding: string) => string;
}

const en: StatementWords = {
  eventTypes: { 'deal.won': 'Deal', 'payment.confirmed': 'Payment', 'catalog.sale': 'Sale', 'appointment.booked': 'Appointment', 'quote.sent': 'Quote', 'followup.converted': 'Follow-up', 'reply.sent': 'Reply', activity: 'Activity' },
  unnamed: '(no customer name)',
  hypothetical: '(the deal you are asking about)',
  tier: (n, of) => (of > 1 ? `tier ${n} of ${of}` : 'flat rate'),
  slice: (part, whole) => `${part} of ${whole}`,
  share: (percent, role, overlay) => `${percent} ${overlay ? 'overlay' : 'split'}${role ? ` as ${role}` : ''}`,
  converted: (amount, currency, rate) => `${amount} ${currency} at ${rate}`,
  baseRate: (rate, multiplier) => `base ${rate} × ${multiplier}`,
  byTotal: 'reached by the period total',
  cap: (component, computed, cap) => `${component} capped: computed ${computed}, cap ${cap}; the difference is not paid`,
  gate: (component, gating, attainment, threshold, above) => `${component} withheld: ${gating} attainment ${attainment} is not ${above ? 'above' : 'at least'} ${threshold}`,
  spifEach: (name, what, share) => `SPIF ${name}: ${what}${share ? ` (${share})` : ''}`,
  spifOnce: (name, count) => `SPIF ${name}: ${count} qualifying, paid once this period`,
  spifShort: (name, count, needed) => `SPIF ${name}: ${count} of ${needed} needed, not paid`,
  clawback: (what, part, days, window, paid) => `Clawback ${what}: ${part} taken back ${days} days after the sale (window ${window} days), of ${paid} paid`,
  clawbackProrated: (unused, term) => `× ${unused}/${term} days of the term unused`,
  clawbackOutside: (what, days, window) => `Refund of ${what} ${days} days after the sale, outside the ${window}-day window: nothing taken back`,
  correction: (period, line, was, now) => `Correction for ${period}: ${line} (was ${was}, now ${now})`,
  adjustment: (reason) => `Adjustment: ${reason}`,
  disputeAdjustment: (id, reason) => `Adjustment for dispute #${id}: ${reason}`,
  carry: (period) => `Balance carried from ${period ?? 'the previous statement'}`,
  drawTopUp: (recoverable, draw, earned) => `${recoverable ? 'Recoverable' : 'Guaranteed'} draw of ${draw}: earned ${earned}, topped up`,
  drawRecovery: (outstanding) => `Draw recovered (outstanding before: ${outstanding})`,
};

const ptBR: StatementWords = {
  eventTypes: { 'deal.won': 'Negócio', 'payment.confirmed': 'Pagamento', 'catalog.sale': 'Venda', 'appointment.booked': 'Reunião', 'quote.sent': 'Proposta', 'followup.converted': 'Follow-up', 'reply.sent': 'Resposta', activity: 'Atividade' },
  unnamed: '(cliente sem nome)',
  hypothetical: '(o negócio da simulação)',
  tier: (n, of) => (of > 1 ? `faixa ${n} de ${of}` : 'taxa única'),
  slice: (part, whole) => `${part} de ${whole}`,
  share: (percent, role, overlay) => `${percent} ${overlay ? 'overlay' : 'do rateio'}${role ? ` como ${role}` : ''}`,
  converted: (amount, currency, rate) => `${amount} ${currency} a ${rate}`,
  baseRate: (rate, multiplier) => `base ${rate} × ${multiplier}`,
  byTotal: 'atingida pelo total do período',
  cap: (component, computed, cap) => `${component} com teto: calculado ${computed}, teto ${cap}; a diferença não é paga`,
  gate: (component, gating, attainment, threshold, above) => `${component} retido: atingimento de ${gating} ${attainment} não está ${above ? 'acima de' : 'em pelo menos'} ${threshold}`,
  spifEach: (name, what, share) => `SPIF ${name}: ${what}${share ? ` (${share})` : ''}`,
  spifOnce: (name, count) => `SPIF ${name}: ${count} qualificados, pago uma vez no período`,
  spifShort: (name, count, needed) => `SPIF ${name}: ${count} de ${needed} necessários, não pago`,
  clawback: (what, part, days, window, paid) => `Estorno ${what}: ${part} devolvido ${days} dias após a venda (janela de ${window} dias), dos ${paid} pagos`,
  clawbackProrated: (unused, term) => `× ${unused}/${term} dias do contrato não usados`,
  clawbackOutside: (what, days, window) => `Reembolso de ${what} ${days} dias após a venda, fora da janela de ${window} dias: nada estornado`,
  correction: (period, line, was, now) => `Correção de ${period}: ${line} (era ${was}, agora ${now})`,
  adjustment: (reason) => `Ajuste: ${reason}`,
  disputeAdjustment: (id, reason) => `Ajuste da contestação #${id}: ${reason}`,
  carry: (period) => `Saldo trazido de ${period ?? 'o extrato anterior'}`,
  drawTopUp: (recoverable, draw, earned) => `Adiantamento ${recoverable ? 'recuperável' : 'garantido'} de ${draw}: ganho ${earned}, complementado`,
  drawRecovery: (outstanding) => `Adiantamento recuperado (saldo anterior: ${outstanding})`,
};

export const STATEMENT_WORDS: Record<DocLocale, StatementWords> = { en, 'pt-BR': ptBR };
