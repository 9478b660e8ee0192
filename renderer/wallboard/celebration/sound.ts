import type { SoundId } from '../../../preload/contract';
import cash from '../../../assets/sounds/cash.wav';
import chime from '../../../assets/sounds/chime.wav';
import fanfare from '../../../assets/sounds/fanfare.wav';
import levelup from '../../../assets/sounds/levelup.wav';
import sparkle from '../../../assets/sounds/sparkle.wav';
import triumph from '../../../assets/sounds/triumph.wav';

export const SOUND_URLS: Record<Exclude<SoundId, 'none'>, string> = { fanfare, triumph, chime, cash, sparkle, levelup };

export type SoundOutcome = 'played' | 'blocked' | 'silent';

const players = new Map<string, HTMLAudioElement>();

function player(id: Exclude<SoundId, 'none'>): HTMLAudioElement {
  let audio = players.get(id);
  if (!audio) {
    audio = new Audio(SOUND_URLS[id]);
    audio.preload = 'auto';
    players.set(id, audio);
  }
  return audio;
}

/**
 * Plays a celebration sound. A browser that blocks sound until someone clicks (any TV
 * browser not started with an autoplay exception) answers `blocked`; the board then shows
 * a discreet hint, and the first click anywhere allows sound from then on.
 */
export async function playSound(id: SoundId | null, volume: number): Promise<SoundOutcome> {
  if (!id || id === 'none' || volume <= 0) return 'silent';
  const audio = player(id);
  audio.volume = Math.min(1, Math.max(0, volume));
  audio.currentTime = 0;
  try {
    await audio.play();
    return 'played';
  } catch {
    return 'blocked';
  }
}

/** Called from a click: browsers allow sound for the page from then on. */
export function unlockSound(): void {
  const audio = player('sparkle');
  audio.volume = 0;
  void audio
    .play()
    .then(() => {
      audio.pause();
      audio.currentTime = 0;
    })
    .catch(() => undefined);
}
