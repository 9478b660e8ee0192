import { useEffect, useRef, useState } from 'react';
import type { SceneView } from '../../preload/contract';

export interface Rotation {
  scene: SceneView | null;
  index: number;
  /** Counts every change of scene (a key that restarts the progress bar). */
  cycle: number;
}

/**
 * Rotates through the playlist, each scene for its own duration. A pause (a celebration
 * on screen) keeps the time left of the current scene; a new snapshot keeps the current
 * scene if it is still in the playlist. `pinned` shows one scene only (the editor preview).
 */
export function useRotation(scenes: readonly SceneView[], paused: boolean, pinned: number | null = null): Rotation {
  const [state, setState] = useState<{ id: number | null; cycle: number }>({ id: scenes[0]?.id ?? null, cycle: 0 });
  const latest = useRef(scenes);
  useEffect(() => {
    latest.current = scenes;
  }, [scenes]);
  const remaining = useRef<number | null>(null);

  const found = scenes.findIndex((s) => s.id === state.id);
  const index = pinned !== null && scenes[pinned] ? pinned : Math.max(0, found);
  const scene = scenes[index] ?? null;
  const sceneId = scene?.id ?? null;
  const duration = (scene?.durationSeconds ?? 0) * 1000;
  const rotating = !paused && pinned === null && scenes.length > 1 && sceneId !== null;

  useEffect(() => {
    if (!rotating) return;
    const left = remaining.current ?? duration;
    const started = Date.now();
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
      remaining.current = null;
      const list = latest.current;
      const at = list.findIndex((s) => s.id === sceneId);
      const next = list[(at + 1) % list.length] ?? list[0];
      setState((s) => ({ id: next?.id ?? null, cycle: s.cycle + 1 }));
    }, left);
    return () => {
      clearTimeout(timer);
      if (!fired) remaining.current = Math.max(0, left - (Date.now() - started));
    };
  }, [rotating, sceneId, duration, state.cycle]);

  return { scene, index, cycle: state.cycle };
}
