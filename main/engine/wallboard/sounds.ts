/**
 * The celebration sounds Fanfare ships (assets/sounds/<id>.wav, synthesised by
 * scripts/make-sounds.mjs, so they are ours to distribute), and `none` for silence.
 */
export const SOUND_IDS = ['fanfare', 'triumph', 'chime', 'cash', 'sparkle', 'levelup', 'none'] as const;
export type SoundName = (typeof SOUND_IDS)[number];
