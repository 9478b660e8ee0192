// Which events celebrate on the boards, with which sound, and each rep's own sound.
import type { CelebrationSettings } from '../../../preload/contract';
import { listReps } from '../../../db/queries/reps';
import { listCelebrationRules, listRepSounds, replaceCelebrationRules, replaceRepSounds } from '../../../db/queries/wallboard';
import { inTransaction } from '../../../db/transaction';
import type { CelebrationRuleLike } from '../../engine/wallboard/celebrations';
import type { SoundName } from '../../engine/wallboard/sounds';
import type { ServiceContext } from '../context';
import { fail } from '../errors';

export function celebrationRulesOf(ctx: ServiceContext): CelebrationRuleLike[] {
  return listCelebrationRules(ctx.db).map((r) => ({ eventType: r.eventType, minAmountMinor: r.minAmountMinor, sound: r.sound as SoundName, enabled: r.enabled }));
}

export function repSoundMap(ctx: ServiceContext): Map<number, SoundName> {
  return new Map(listRepSounds(ctx.db).map((r) => [r.repId, r.sound as SoundName]));
}

export function getCelebrations(ctx: ServiceContext): CelebrationSettings {
  return {
    rules: celebrationRulesOf(ctx) as CelebrationSettings['rules'],
    repSounds: listRepSounds(ctx.db).map((r) => ({ repId: r.repId, sound: r.sound as SoundName })),
  };
}

export function saveCelebrations(ctx: ServiceContext, input: CelebrationSettings): CelebrationSettings {
  const seen = new Set<string>();
  input.rules.forEach((rule, i) => {
    const key = `${rule.eventType}:${rule.minAmountMinor}`;
    if (seen.has(key)) fail('invalid_input', `Rule ${i + 1} repeats another rule (same event and minimum amount); change the minimum or remove one.`, { path: `rules.${i}` });
    seen.add(key);
  });
  const repIds = new Set(input.repSounds.map((r) => r.repId));
  if (repIds.size !== input.repSounds.length) fail('invalid_input', 'A rep has two sounds; keep one.', { path: 'repSounds' });
  inTransaction(ctx.db, () => {
    const known = new Set(listReps(ctx.db).map((r) => r.id));
    input.repSounds.forEach((r, i) => {
      if (!known.has(r.repId)) fail('invalid_input', `There is no rep with id ${r.repId}.`, { path: `repSounds.${i}.repId` });
    });
    replaceCelebrationRules(ctx.db, input.rules.map((r) => ({ ...r, createdAt: ctx.now() })));
    replaceRepSounds(ctx.db, input.repSounds);
  });
  ctx.bus.changed('wallboard');
  return getCelebrations(ctx);
}
