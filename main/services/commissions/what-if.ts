// What-if for a rep: a hypothetical deal closed today, against their statement of the current
// period as it stands (their attainment, tiers already reached, SPIFs, caps, gates).
import type { WhatIfView } from '../../../preload/commissions-contract';
import type { ParsedInput } from '../../../preload/contract';
import { findRep } from '../../../db/queries/reps';
import { convertToPlanCurrency } from '../../engine/commissions/fx';
import { creditedTypes } from '../../engine/commissions/plan';
import { whatIf } from '../../engine/commissions/what-if';
import { parseMajorAmount } from '../../engine/money';
import { localDay } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { periodAt } from './calendar';
import { planContext } from './history';
import { oneHistory } from './statements';
import { lineWords, periodName, workspaceFormat } from './views';

export function whatIfDeal(ctx: ServiceContext, input: ParsedInput<'commissions.whatIf'>): WhatIfView {
  const pc = planContext(ctx, input.planId);
  const rep = findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`);
  const parsed = parseMajorAmount(input.amount, input.currency);
  if (!parsed.ok) fail('invalid_input', `The amount: ${parsed.problem}.`, { path: 'amount' });
  if (parsed.money.minor <= 0) fail('invalid_input', 'Enter the deal amount, above 0.', { path: 'amount' });
  if (!convertToPlanCurrency(pc.plan, parsed.money.minor, parsed.money.currency).ok) {
    fail('invalid_input', `"${pc.plan.name}" pays in ${pc.plan.currency} and states no ${parsed.money.currency} rate; use ${pc.plan.currency} or add the rate to the plan.`, { path: 'currency' });
  }
  const now = ctx.now();
  const current = periodAt(pc.plan.periodKind, now, pc.calendar);
  const entry = oneHistory(ctx, pc, rep.id, current.firstDay)?.periods.find((p) => p.period.firstDay === current.firstDay && !p.locked);
  if (!entry) fail('not_found', `${rep.name} is not on "${pc.plan.name}" in ${periodName(pc.plan.periodKind, current.firstDay)}.`);
  const answer = whatIf(entry.input, {
    event: {
      eventId: -1,
      externalId: 'what-if',
      type: creditedTypes(pc.plan)[0] ?? 'deal.won',
      day: localDay(now, pc.calendar.timeZone),
      at: now,
      customer: input.customer?.trim() || null,
      product: input.product?.trim() || null,
      amountMinor: parsed.money.minor,
      currency: parsed.money.currency,
    },
    share: { percent: '100', role: '', overlay: false, split: false },
  });
  const words = lineWords(workspaceFormat(ctx), pc.plan);
  return { currency: pc.plan.currency, ...answer, lines: answer.lines.map((l) => ({ ...l, description: words({ key: l.key, section: 'commission', amount: l.after, trace: l.trace }) })) };
}
