import { useEffect, useState } from 'react';

/** How often, and how far (rem, about 4 px at 1080p), the whole board drifts. */
const EVERY_MS = 120_000;
const REACH = 0.4;

/**
 * Pixel shift against burn-in on TVs that show the same board all day: every two minutes
 * the board moves to another spot within a few pixels (slowly, or in one step with reduced
 * motion), so no edge stays on the same pixels for hours.
 */
export function useBurnInShift(): string {
  const [step, setStep] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setStep((s) => s + 1), EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  // A fixed tour of nine spots around the centre: deterministic, never a big jump.
  const spots = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [-1, 1],
    [-1, 0],
    [-1, -1],
    [0, -1],
    [1, -1],
  ] as const;
  const [x, y] = spots[step % spots.length] ?? [0, 0];
  return `translate(${x * REACH}rem, ${y * REACH}rem)`;
}
