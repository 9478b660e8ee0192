import type { HandlerSlice } from '../handler-map';
import { exportAuditCsv, listAudit } from '../audit/audit-log';
import { fail } from '../errors';
import { deleteTeam } from '../teams';
import { applyDistribution, previewDistribution } from '../portfolio/distribution';
import { getPortfolioSettings, updatePortfolioSettings } from '../portfolio/settings';
import { previewTransfer, transferCustomers } from '../portfolio/transfer';
import { customerDetail, listPortfolioCustomers, portfolioHistory, portfolioSummary, updateCustomer } from '../portfolio/views';
import type { ServiceContext } from '../context';
import { removeAvatar, setAvatar } from './avatars';
import { leaveRep, listEmployment, rehireRep } from './employment';
import { bulkUpdateReps, createGrouping, deleteGrouping, listGroupings, setRepGroupings, updateGrouping } from './groupings';

export const organisationHandlers: HandlerSlice = {
  'groupings.list': (_input, ctx) => listGroupings(ctx),
  'groupings.create': (input, ctx) => createGrouping(ctx, input),
  'groupings.update': (input, ctx) => updateGrouping(ctx, input),
  'groupings.delete': (input, ctx) => deleteGrouping(ctx, input),
  'teams.delete': (input, ctx) => deleteTeam(ctx, input),
  'reps.bulkUpdate': (input, ctx) => bulkUpdateReps(ctx, input),
  'reps.setGroupings': (input, ctx) => setRepGroupings(ctx, input),
  'reps.leave': (input, ctx) => leaveRep(ctx, input),
  'reps.rehire': (input, ctx) => rehireRep(ctx, input),
  'reps.employment': (input, ctx) => listEmployment(ctx, input.id),
  'reps.setAvatar': (input, ctx) => setAvatar(ctx, input),
  'reps.removeAvatar': (input, ctx) => removeAvatar(ctx, input),
};

export const portfolioHandlers: HandlerSlice = {
  'portfolio.summary': (_input, ctx) => portfolioSummary(ctx),
  'portfolio.customers': (input, ctx) => listPortfolioCustomers(ctx, input),
  'portfolio.customer': (input, ctx) => customerDetail(ctx, input.id),
  'portfolio.updateCustomer': (input, ctx) => updateCustomer(ctx, input),
  'portfolio.previewTransfer': (input, ctx) => previewTransfer(ctx, input),
  'portfolio.transfer': (input, ctx) => transferCustomers(ctx, input),
  'portfolio.history': (input, ctx) => portfolioHistory(ctx, input),
  'portfolio.getSettings': (_input, ctx) => getPortfolioSettings(ctx),
  'portfolio.updateSettings': (input, ctx) => updatePortfolioSettings(ctx, input),
  'distribution.preview': (input, ctx) => previewDistribution(ctx, input),
  'distribution.apply': (input, ctx) => applyDistribution(ctx, input),
};

export const auditHandlers: HandlerSlice = {
  'audit.list': (input, ctx) => listAudit(ctx, input),
  'audit.exportCsv': (input, ctx) => exportAuditCsv(ctx, input),
};

function lockOf(ctx: ServiceContext) {
  const lock = ctx.managerLock ?? fail('internal', 'The manager lock is not available in this process.');
  return { lock, session: ctx.session ?? 'default' };
}

export const lockHandlers: HandlerSlice = {
  'lock.status': (_input, ctx) => {
    const { lock, session } = lockOf(ctx);
    return ctx.actor === 'api' ? { ...lock.status(ctx, session), unlocked: true } : lock.status(ctx, session);
  },
  'lock.unlock': (input, ctx) => {
    const { lock, session } = lockOf(ctx);
    return lock.unlock(ctx, session, input.pin);
  },
  'lock.lock': (_input, ctx) => {
    const { lock, session } = lockOf(ctx);
    return lock.lock(ctx, session);
  },
  'lock.setPin': (input, ctx) => {
    const { lock, session } = lockOf(ctx);
    return lock.setPin(ctx, session, input.currentPin, input.newPin);
  },
  'lock.clearPin': (input, ctx) => {
    const { lock, session } = lockOf(ctx);
    return lock.clearPin(ctx, session, input.currentPin);
  },
};
