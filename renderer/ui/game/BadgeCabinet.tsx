import type { CabinetBadge } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n';
import { BadgeMedal } from './BadgeIcon';
import { badgeFraction, badgeProgressText, badgeRuleText } from './words';

const CATEGORIES = ['milestone', 'speed', 'consistency', 'revenue'] as const;

/** One badge: in colour with its date when earned, grey with a progress bar while locked. */
export function BadgeTile({ badge, currency }: { badge: CabinetBadge; currency: string }) {
  const { m, f } = useI18n();
  const earned = badge.earnedAt !== null;
  const words = { m, f, currency };
  const description = badgeRuleText(badge.rule, words);
  return (
    <li className={`badge-tile ${earned ? 'is-earned' : 'is-locked'}`} data-testid={`badge-${badge.id}`} title={`${m.game.badgeNames[badge.id]} · ${m.game.categories[badge.category]} · ${description}`} tabIndex={0}>
      <BadgeMedal icon={badge.icon} category={badge.category} locked={!earned} />
      <div className="badge-body">
        <div className="badge-name">{m.game.badgeNames[badge.id]}</div>
        <div className="badge-desc">{description}</div>
        {earned ? (
          <div className="badge-earned">✓ {m.game.badges.earnedOn(f.date(badge.earnedAt ?? 0))}</div>
        ) : (
          <div className="badge-progress">
            <span className="badge-bar" aria-hidden="true">
              <span style={{ width: `${badgeFraction(badge.progress) * 100}%` }} />
            </span>
            <span className="badge-progress-text tabular">{badgeProgressText(badge.progress, words)}</span>
            {badge.withdrawnAt !== null ? <span className="badge-withdrawn">{m.game.badges.withdrawn}</span> : null}
          </div>
        )}
      </div>
    </li>
  );
}

/** Every badge of a rep, by category, earned first within each. */
export function BadgeCabinet({ badges, currency }: { badges: readonly CabinetBadge[]; currency: string }) {
  const { m } = useI18n();
  const earned = badges.filter((b) => b.earnedAt !== null).length;
  return (
    <div className="badge-cabinet" data-testid="badge-cabinet">
      <div className="badge-count">{m.game.badges.earnedCount(earned, badges.length)}</div>
      {CATEGORIES.map((category) => {
        const inCategory = badges.filter((b) => b.category === category);
        if (inCategory.length === 0) return null;
        return (
          <section key={category} className="badge-category">
            <h3>{m.game.categories[category]}</h3>
            <ul className="badge-grid">
              {inCategory.map((badge) => (
                <BadgeTile key={badge.id} badge={badge} currency={currency} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
