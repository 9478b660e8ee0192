import type { Metric, SceneKind } from '../../../preload/contract';

/** The wallboard's own strings (the TV and the manager's wallboard editor). */
export const wallEn = {
  metrics: { points: 'Points', revenue: 'Revenue', deals_won: 'Deals won', event_count: 'Events' } satisfies Record<Metric, string>,
  sceneKinds: { leaderboard: 'Leaderboard', wins: 'Recent wins', contest: 'Contest', announcement: 'Announcement' } satisfies Record<SceneKind, string>,
  winsEmpty: 'No wins in the last 30 days yet. The next one lands here live.',
  rankingEmpty: 'Nothing counted yet in this period: the first numbers appear here live.',
  contest: {
    startsIn: 'Starts in',
    endsIn: 'Ends in',
    ended: 'Contest over',
    winner: 'Winner',
    leader: 'In the lead',
    prize: (prize: string) => `Prize: ${prize}`,
    days: 'days',
    hours: 'hours',
    minutes: 'min',
    seconds: 'sec',
  },
  celebration: {
    test: 'Test celebration',
    testBody: 'This is how a win looks and sounds on this TV.',
    more: (n: number) => `+${n} more`,
    points: (n: string) => `+${n} pts`,
    title: (event: string) => `${event}!`,
    customer: (name: string) => `with ${name}`,
  },
  soundBlocked: 'Sound is off in this browser: click anywhere once to turn it on.',
  agoJustNow: 'just now',
};
export type WallMessages = typeof wallEn;
