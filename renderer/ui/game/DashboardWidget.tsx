import type { ReactNode } from 'react';
import type { DashboardWidget as Widget } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n';
import { goalOwner } from './words';
import { BadgeMedal } from './BadgeIcon';
import { GoalCard } from './GoalCard';

export interface TopRow {
  key: number;
  rank: number;
  name: string;
  value: number;
  isMe: boolean;
}

/**
 * The compact widget of seed 001: this week's top 3, the latest badge and the top goal.
 * The manager sees the team's; a rep sees the public top 3 with their own badge and goal.
 */
export function DashboardWidget({ top3, latestBadge, topGoal, currency, renderTop, badgeOwner = true }: { top3: TopRow[]; latestBadge: (Pick<NonNullable<Widget['latestBadge']>, 'badgeId' | 'icon' | 'category' | 'earnedAt'> & { name?: string }) | null; topGoal: Widget['topGoal']; currency: string; renderTop: (row: TopRow) => ReactNode; badgeOwner?: boolean }) {
  const { m, f } = useI18n();
  const d = m.game.dashboard;
  return (
    <div className="widget" data-testid="widget">
      <section className="widget-cell">
        <div className="card-caption">{d.top3}</div>
        <ol className="widget-top">
          {top3.map((row) => (
            <li key={row.key} className={row.isMe ? 'is-me' : ''}>
              {renderTop(row)}
              <span className="widget-name">{row.name}</span>
              <span className="widget-points tabular">{f.number(row.value)}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="widget-cell">
        <div className="card-caption">{d.latestBadge}</div>
        {latestBadge ? (
          <div className="widget-badge">
            <BadgeMedal icon={latestBadge.icon} category={latestBadge.category} size={64} />
            <div>
              <div className="widget-badge-name">{m.game.badgeNames[latestBadge.badgeId]}</div>
              {badgeOwner && latestBadge.name ? <div>{latestBadge.name}</div> : null}
              <div className="muted small">{m.game.badges.earnedOn(f.date(latestBadge.earnedAt))}</div>
            </div>
          </div>
        ) : (
          <p className="muted small">{d.noBadge}</p>
        )}
      </section>
      <section className="widget-cell">
        <div className="card-caption">{d.topGoal}</div>
        {topGoal ? <GoalCard goal={topGoal} currency={currency} owner={goalOwner(topGoal, { m })} /> : <p className="muted small">{d.noGoal}</p>}
      </section>
    </div>
  );
}
