import { useI18n } from '../../ui/i18n/i18n';

const HOUR = 3_600_000;

/** Deliveries per hour over the last 24 hours as small bars (the last one is the current hour). */
export function HourBars({ counts, now }: { counts: readonly number[]; now: number }) {
  const { m, f } = useI18n();
  const max = Math.max(1, ...counts);
  const firstHour = Math.floor(now / HOUR) * HOUR - (counts.length - 1) * HOUR;
  return (
    <figure className="hour-figure">
      <div className="hour-bars" role="img" aria-label={m.sourceSetup.stats.perHour}>
        {counts.map((n, i) => {
          const label = m.sourceSetup.stats.hourBar(n, f.time(firstHour + i * HOUR));
          return (
            <span key={i} className={`hour-bar ${n === 0 ? 'is-empty' : ''}`} title={label}>
              <span style={{ height: `${Math.max(n === 0 ? 2 : 8, (n / max) * 100)}%` }} />
            </span>
          );
        })}
      </div>
      <figcaption className="muted small">{m.sourceSetup.stats.perHour}</figcaption>
    </figure>
  );
}
