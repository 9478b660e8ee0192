// Words for desktop pop-ups, in the workspace language. The in-app feed is worded by the
// renderer's i18n; a pop-up is shown by the operating system, so its text is made here.
import type { Locale } from '../../../preload/contract';
import type { BadgeId } from '../../engine/gamification/badges';
import type { GoalMeasure } from '../../engine/gamification/goals';
import type { NotificationPayload } from '../../engine/gamification/notifications';

interface Words {
  measure: Record<Exclude<GoalMeasure, 'event_count'>, string>;
  eventCount: string;
  period: Record<'day' | 'week' | 'month' | 'quarter', string>;
  tiers: readonly string[];
  goal: (who: string, period: string, measure: string) => string;
  tier: (who: string, tier: string, measure: string) => string;
  badge: (who: string, badge: string) => string;
  withdrawn: (who: string, badge: string) => string;
  level: (who: string, level: number) => string;
  kudos: (who: string) => string;
  badges: Record<BadgeId, string>;
  team: (name: string) => string;
}

const en: Words = {
  measure: { points: 'points', revenue: 'revenue', deals_won: 'deals won', response_time: 'response time', active_days: 'active days' },
  eventCount: 'events',
  period: { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly' },
  tiers: ['bronze', 'silver', 'gold'],
  goal: (who, period, measure) => `🎯 ${who} hit the ${period} ${measure} goal`,
  tier: (who, tier, measure) => `🏅 ${who} reached ${tier} on the ${measure} goal`,
  badge: (who, badge) => `🏆 ${who} earned the ${badge} badge`,
  withdrawn: (who, badge) => `${who}'s ${badge} badge was withdrawn after a refund`,
  level: (who, level) => `⭐ ${who} reached level ${level}`,
  kudos: (who) => `👏 Kudos for ${who}`,
  badges: {
    first_sale: 'First Sale', deals_10: '10 Deals', deals_100: '100 Deals', quote_machine: 'Quote Machine', lightning: 'Lightning Reply', speed_demon: 'Speed Demon',
    fast_hands: 'Fast Hands', on_a_roll: 'On a Roll', perfect_week: 'Perfect Week', streak_master: 'Streak Master', unstoppable: 'Unstoppable', big_ticket: 'Big Ticket',
    month_maker: 'Month Maker', rainmaker: 'Rainmaker',
  },
  team: (name) => `Team ${name}`,
};

const ptBR: Words = {
  measure: { points: 'pontos', revenue: 'receita', deals_won: 'negócios ganhos', response_time: 'tempo de resposta', active_days: 'dias ativos' },
  eventCount: 'eventos',
  period: { day: 'diária', week: 'semanal', month: 'mensal', quarter: 'trimestral' },
  tiers: ['bronze', 'prata', 'ouro'],
  goal: (who, period, measure) => `🎯 ${who} bateu a meta ${period} de ${measure}`,
  tier: (who, tier, measure) => `🏅 ${who} chegou ao nível ${tier} na meta de ${measure}`,
  badge: (who, badge) => `🏆 ${who} conquistou a medalha ${badge}`,
  withdrawn: (who, badge) => `A medalha ${badge} de ${who} foi retirada após um estorno`,
  level: (who, level) => `⭐ ${who} chegou ao nível ${level}`,
  kudos: (who) => `👏 Reconhecimento para ${who}`,
  badges: {
    first_sale: 'Primeira Venda', deals_10: '10 Negócios', deals_100: '100 Negócios', quote_machine: 'Máquina de Propostas', lightning: 'Resposta Relâmpago', speed_demon: 'Velocista',
    fast_hands: 'Mãos Rápidas', on_a_roll: 'Embalado', perfect_week: 'Semana Perfeita', streak_master: 'Mestre da Sequência', unstoppable: 'Imparável', big_ticket: 'Venda Grande',
    month_maker: 'Mês de Ouro', rainmaker: 'Chuva de Vendas',
  },
  team: (name) => `Equipe ${name}`,
};

/** Title and body of a pop-up for a moment, or null for moments that do not pop up. */
export function desktopText(locale: Locale, payload: NotificationPayload, who: { repName: string | null; teamName: string | null; groupingName?: string | null }): { title: string; body: string } | null {
  const w = locale === 'pt-BR' ? ptBR : en;
  // A grouping is named as the manager named it ("South", "Inside sales").
  const name = who.repName ?? (who.groupingName ? who.groupingName : who.teamName ? w.team(who.teamName) : '');
  switch (payload.kind) {
    case 'goal_reached': {
      const measure = payload.measure === 'event_count' ? w.eventCount : w.measure[payload.measure];
      const title = payload.tierIndex <= 0 ? w.goal(name, w.period[payload.period], measure) : w.tier(name, w.tiers[payload.tierIndex] ?? `${payload.tier}%`, measure);
      return { title, body: `${payload.tier}%` };
    }
    case 'badge_earned':
      return { title: w.badge(name, w.badges[payload.badgeId]), body: '' };
    case 'badge_withdrawn':
      return { title: w.withdrawn(name, w.badges[payload.badgeId]), body: '' };
    case 'level_up':
      return { title: w.level(name, payload.level), body: '' };
    case 'kudos':
      return { title: w.kudos(name), body: payload.message };
  }
}
