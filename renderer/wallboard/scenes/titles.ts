import type { SceneView } from '../../../preload/contract';
import type { I18n } from '../../ui/i18n/i18n';

/** The header of a scene: a small eyebrow line (what and when) and its big title. */
export function sceneHeading(scene: SceneView, { m, f }: I18n, teamName: string): { eyebrow: string; title: string } {
  switch (scene.kind) {
    case 'leaderboard': {
      const { settings, period } = scene;
      const metric = settings.metric === 'event_count' && settings.eventType ? m.eventTypes[settings.eventType] : m.wall.metrics[settings.metric];
      return {
        eyebrow: `${m.leaderboard.periods[period.kind]} · ${f.dayRange(period.firstDay, period.lastDay)}${settings.metric === 'points' ? '' : ` · ${metric}`}`,
        title: settings.title || teamName,
      };
    }
    case 'teams': {
      const { settings, period } = scene;
      const metric = settings.metric === 'event_count' && settings.eventType ? m.eventTypes[settings.eventType] : m.wall.metrics[settings.metric];
      return { eyebrow: `${m.leaderboard.periods[period.kind]} · ${f.dayRange(period.firstDay, period.lastDay)} · ${metric}`, title: settings.title || m.wall.sceneKinds.teams };
    }
    case 'wins':
      return { eyebrow: teamName, title: m.wall.sceneKinds.wins };
    case 'contest': {
      const metric = scene.settings.metric === 'event_count' && scene.settings.eventType ? m.eventTypes[scene.settings.eventType] : m.wall.metrics[scene.settings.metric];
      return { eyebrow: `${m.wall.sceneKinds.contest} · ${metric}`, title: scene.settings.title };
    }
    case 'announcement':
      return { eyebrow: teamName, title: '' };
  }
}
