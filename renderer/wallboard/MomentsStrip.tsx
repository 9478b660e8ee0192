import type { Recognition } from '../../preload/contract';
import { Avatar } from '../ui/components/Avatar';
import { BadgeMedal } from '../ui/game/BadgeIcon';
import { momentText } from '../ui/game/words';
import { useI18n } from '../ui/i18n/i18n';

/** Today's latest badges, level-ups and kudos along the bottom of the board. */
export function MomentsStrip({ moments }: { moments: readonly Recognition[] }) {
  const { m } = useI18n();
  if (moments.length === 0) return <span />;
  return (
    <ul className="wb-moments" data-testid="wall-moments">
      {moments.slice(0, 3).map((moment, i) => (
        <li key={`${moment.kind}-${moment.repId}-${moment.at}-${i}`}>
          {moment.kind === 'badge' ? <BadgeMedal icon={moment.icon} category={moment.category} size={40} /> : <Avatar name={moment.name} size="2.6rem" />}
          <span>
            <strong>{moment.name}</strong> {momentText(moment, { m })}
          </span>
        </li>
      ))}
    </ul>
  );
}
