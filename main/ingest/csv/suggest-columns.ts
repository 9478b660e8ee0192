import type { ImportField, ImportKind, StatusRole } from '../../../preload/imports-contract';
import { parseAmountCell } from './amount';
import { looksLikeDate } from './dates';

/** Lower case, no accents, words separated by single spaces: "E-mail do Vendedor" -> "e mail do vendedor". */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface FieldWords {
  phrases: readonly string[];
  /** A header holding one of these words is never this field (decoys such as "Weighted value"). */
  never?: readonly string[];
}

// Header words of real exports and of hand-made sheets in English, Portuguese and Spanish.
const WORDS: Record<ImportField, FieldWords> = {
  id: {
    phrases: ['id', 'payment id', 'transaction id', 'record id', 'deal id', 'opportunity id', 'order id', 'charge id', 'reference', 'id do pagamento', 'id da venda', 'id do negocio', 'codigo', 'identificador', 'numero do pedido', 'id de pago', 'referencia'],
    never: ['customer', 'cliente', 'owner', 'card', 'account', 'contact', 'created by', 'invoice id'],
  },
  owner: {
    phrases: ['sales rep', 'rep', 'rep email', 'rep e mail', 'sales rep email', 'salesperson', 'seller', 'seller email', 'owner', 'deal owner', 'opportunity owner', 'account owner', 'assigned to', 'agent', 'vendedor', 'e mail do vendedor', 'email do vendedor', 'vendedora', 'responsavel', 'proprietario', 'consultor', 'representante', 'closer', 'vendedor email'],
    never: ['customer', 'cliente', 'client', 'buyer', 'comprador', 'creator', 'criado por', 'created by', 'id'],
  },
  amount: {
    phrases: ['amount', 'value', 'total', 'valor', 'price', 'preco', 'montante', 'deal value', 'gross', 'revenue', 'receita', 'valor total', 'importe', 'monto', 'amount paid', 'paid amount', 'valor pago'],
    never: ['weighted', 'ponderado', 'converted', 'expected', 'company currency', 'refunded', 'estornado', 'reembolsado', 'fee', 'tax', 'taxa', 'imposto', 'exchange', 'discount', 'desconto', 'probability', 'currency of'],
  },
  currency: {
    phrases: ['currency', 'moeda', 'moneda', 'currency code', 'codigo da moeda', 'divisa', 'currency of value', 'moeda de valor'],
    never: ['converted', 'weighted', 'ponderado', 'company', 'exchange', 'rate'],
  },
  date: {
    phrases: ['date', 'data', 'payment date', 'paid at', 'paid on', 'data do pagamento', 'data de pagamento', 'created', 'created date', 'created at', 'fecha', 'transaction date', 'data da venda', 'sale date', 'date paid', 'close date', 'closed date', 'won date', 'won time', 'won on', 'closing date', 'date closed', 'data de fechamento', 'ganho em', 'data de ganho', 'fecha de cierre', 'closed at'],
    never: ['expected', 'esperada', 'update', 'atualizado', 'modified', 'last activity', 'lost', 'perda', 'refunded', 'birth'],
  },
  status: {
    phrases: ['status', 'situacao', 'state', 'estado', 'stage', 'deal stage', 'etapa', 'fase', 'payment status', 'status do pagamento'],
    never: ['last stage change', 'id'],
  },
  customer: {
    phrases: ['customer', 'cliente', 'client', 'company', 'account', 'account name', 'organization', 'organizacao', 'empresa', 'associated company', 'buyer', 'comprador', 'razao social', 'customer name', 'customer description'],
    never: ['id', 'email', 'e mail', 'owner', 'phone', 'telefone'],
  },
  title: {
    phrases: ['deal name', 'title', 'titulo', 'opportunity name', 'description', 'descricao', 'name', 'nome', 'product', 'produto', 'item', 'subject'],
    never: ['customer', 'cliente', 'owner', 'vendedor', 'account', 'company', 'id'],
  },
  refundedAmount: { phrases: ['amount refunded', 'refunded amount', 'refunded', 'valor estornado', 'valor reembolsado'], never: ['converted', 'date'] },
  refundedDate: { phrases: ['refunded date', 'refund date', 'data do estorno', 'refunded date utc'] },
  reverses: { phrases: ['refund of', 'original payment', 'original payment id', 'original id', 'pagamento original', 'reverses', 'related payment'] },
};

const DEAL_DATE_FIRST = ['close date', 'closed date', 'won date', 'won time', 'closing date', 'ganho em', 'data de fechamento', 'data de ganho'];

function headerScore(field: ImportField, header: string, kind: ImportKind): number {
  const words = normaliseWords(header);
  if (!words) return 0;
  const spec = WORDS[field];
  const padded = ` ${words} `;
  if (spec.never?.some((w) => padded.includes(` ${w} `))) return 0;
  let best = 0;
  for (const phrase of spec.phrases) {
    if (words === phrase) best = Math.max(best, 10 + phrase.length / 10);
    else if (padded.includes(` ${phrase} `)) best = Math.max(best, 4 + phrase.length / 10);
  }
  if (field === 'date' && kind === 'deals' && DEAL_DATE_FIRST.some((p) => padded.includes(` ${p} `))) best += 5;
  return best;
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length === 0) return 0;
  return filled.filter(test).length / filled.length;
}

/** How well a column's values fit the field (0 rules the column out). */
function valueFit(field: ImportField, values: readonly string[]): number {
  switch (field) {
    case 'amount':
    case 'refundedAmount':
      return share(values, (v) => parseAmountCell(v, '.').ok) >= 0.6 ? 1 : 0;
    case 'date':
    case 'refundedDate':
      return share(values, looksLikeDate) >= 0.6 || values.every((v) => v.trim() === '') ? 1 : 0;
    case 'currency':
      return share(values, (v) => /^[A-Za-z]{3}$/.test(v.trim())) >= 0.6 ? 1 : 0;
    case 'owner':
      // Prefer the rep's e-mail over their name: e-mails match reps without asking.
      return share(values, (v) => v.includes('@')) >= 0.6 ? 1.5 : 1;
    default:
      return 1;
  }
}

const ORDER: readonly ImportField[] = ['id', 'amount', 'refundedAmount', 'currency', 'status', 'date', 'refundedDate', 'owner', 'reverses', 'customer', 'title'];

/**
 * Which column feeds which field in a sheet Fanfare does not know: header words (several
 * languages, with decoys excluded), then whether the values fit (an amount column must hold
 * amounts). Each column feeds one field at most.
 */
export function suggestColumns(header: readonly string[], sample: readonly (readonly string[])[], kind: ImportKind): Partial<Record<ImportField, number>> {
  const taken = new Set<number>();
  const columns: Partial<Record<ImportField, number>> = {};
  for (const field of ORDER) {
    if (kind === 'deals' && (field === 'refundedAmount' || field === 'refundedDate' || field === 'reverses')) continue;
    let best = -1;
    let bestScore = 0;
    header.forEach((cell, index) => {
      if (taken.has(index)) return;
      const words = headerScore(field, cell, kind);
      if (words === 0) return;
      const score = words * valueFit(field, sample.map((row) => row[index] ?? ''));
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best >= 0) {
      columns[field] = best;
      taken.add(best);
    }
  }
  return columns;
}

const DEAL_WORDS = ['deal', 'opportunity', 'negocio', 'oportunidade', 'pipeline', 'funil', 'stage', 'etapa'];

/** Deals or payments, from the header's words. */
export function guessKind(header: readonly string[]): ImportKind {
  const words = ` ${header.map(normaliseWords).join(' ')} `;
  return DEAL_WORDS.some((w) => words.includes(` ${w} `)) ? 'deals' : 'payments';
}

const ROLE_WORDS: Record<Exclude<StatusRole, 'skip'>, readonly string[]> = {
  won: ['won', 'closed won', 'closedwon', 'ganho', 'ganha', 'fechado ganho', 'fechada ganha', 'ganado', 'cerrado ganado', 'sold', 'vendido', 'vendida', 'win'],
  payment: ['paid', 'pago', 'paga', 'succeeded', 'success', 'successful', 'approved', 'aprovado', 'aprovada', 'confirmed', 'confirmado', 'confirmada', 'received', 'recebido', 'recebida', 'settled', 'liquidado', 'liquidada', 'completed', 'complete', 'concluido', 'concluida', 'captured', 'compensado', 'compensada', 'pagado'],
  refund: ['refunded', 'refund', 'estornado', 'estornada', 'estorno', 'reembolsado', 'reembolsada', 'devolvido', 'devolvida', 'chargeback', 'reembolso'],
};

/** The role a status word most likely has in a file of the given kind. */
export function suggestStatusRole(value: string, kind: ImportKind): StatusRole {
  const words = normaliseWords(value);
  if (kind === 'deals') return ROLE_WORDS.won.includes(words) ? 'won' : 'skip';
  if (ROLE_WORDS.payment.includes(words)) return 'payment';
  if (ROLE_WORDS.refund.includes(words)) return 'refund';
  return 'skip';
}
