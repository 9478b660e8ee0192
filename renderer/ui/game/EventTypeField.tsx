import { EVENT_TYPES, type EventTypeName } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n';

/** "Event: [Quote sent ▾]": which kind of event a ranking or a goal counts. */
export function EventTypeField({ value, onChange }: { value: EventTypeName; onChange: (type: EventTypeName) => void }) {
  const { m } = useI18n();
  return (
    <label className="field">
      <span>{m.game.board.eventType}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as EventTypeName)} data-testid="event-type">
        {EVENT_TYPES.map((t) => (
          <option key={t} value={t}>
            {m.eventTypes[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
