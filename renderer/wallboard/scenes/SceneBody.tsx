import type { SceneView } from '../../../preload/contract';
import { AnnouncementScene } from './AnnouncementScene';
import { ContestScene } from './ContestScene';
import { Ranking } from './Ranking';
import { TeamsScene } from './TeamsScene';
import { WinsScene } from './WinsScene';

/** The body of one scene (the header, clock and footer stay around it). */
export function SceneBody({ scene }: { scene: SceneView }) {
  switch (scene.kind) {
    case 'leaderboard':
      return (
        <div data-testid="wall-leaderboard">
          <Ranking rows={scene.rows} unit={scene.unit} currency={scene.currency} />
        </div>
      );
    case 'teams':
      return <TeamsScene scene={scene} />;
    case 'wins':
      return <WinsScene scene={scene} />;
    case 'contest':
      return <ContestScene scene={scene} />;
    case 'announcement':
      return <AnnouncementScene scene={scene} />;
  }
}
