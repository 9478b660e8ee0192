import { useEffect, useRef } from 'react';

interface Piece {
  x: number;
  y: number;
  vx: number;
  vy: number;
  spin: number;
  angle: number;
  w: number;
  h: number;
  color: string;
  wobble: number;
}

/**
 * Confetti on a canvas: a few hundred paper pieces drawn each frame with plain 2D calls
 * (no DOM nodes per piece), so a TV keeps 60 fps. Device pixels are capped so a 4K TV does
 * not draw four times the pixels for the same look, and a TV whose first frames come late
 * (no GPU) draws the canvas at half resolution from then on: softer paper, smooth motion.
 */
export function Confetti({ colors, pieces = 220, burst }: { colors: readonly string[]; pieces?: number; burst: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    let scale = Math.min(window.devicePixelRatio || 1, 1.5);
    const width = element.clientWidth;
    const height = element.clientHeight;
    const resize = () => {
      element.width = Math.round(width * scale);
      element.height = Math.round(height * scale);
    };
    resize();
    const gaps: number[] = [];
    const unit = height / 1080;
    const all: Piece[] = Array.from({ length: pieces }, (_, i) => {
      const fromLeft = i % 2 === 0;
      return {
        x: fromLeft ? -20 : width + 20,
        y: height * (0.55 + Math.random() * 0.35),
        vx: (fromLeft ? 1 : -1) * (6 + Math.random() * 14) * unit,
        vy: -(14 + Math.random() * 16) * unit,
        spin: (Math.random() - 0.5) * 0.3,
        angle: Math.random() * Math.PI,
        w: (10 + Math.random() * 10) * unit,
        h: (6 + Math.random() * 8) * unit,
        color: colors[i % colors.length] ?? '#fff',
        wobble: Math.random() * Math.PI * 2,
      };
    });
    let frame = 0;
    let last = performance.now();
    const draw = (now: number) => {
      const dt = Math.min(3, (now - last) / 16.7);
      if (gaps.length < 24) {
        gaps.push(now - last);
        if (gaps.length === 24 && [...gaps].sort((a, b) => a - b)[12]! > 20 && scale > 0.5) {
          scale = 0.5;
          resize();
        }
      }
      last = now;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, element.width, element.height);
      let alive = 0;
      for (const p of all) {
        p.vy += 0.45 * unit * dt;
        p.vx *= 0.985 ** dt;
        p.vy = Math.min(p.vy, 7 * unit);
        p.wobble += 0.12 * dt;
        p.x += (p.vx + Math.sin(p.wobble) * 1.5 * unit) * dt;
        p.y += p.vy * dt;
        p.angle += p.spin * dt;
        if (p.y > height + 40) continue;
        alive += 1;
        context.setTransform(Math.cos(p.angle) * scale, Math.sin(p.angle) * scale, -Math.sin(p.angle) * scale, Math.cos(p.angle) * scale, p.x * scale, p.y * scale);
        context.fillStyle = p.color;
        context.fillRect(-p.w / 2, (-p.h / 2) * Math.abs(Math.cos(p.wobble)), p.w, p.h * Math.abs(Math.cos(p.wobble)) + 1);
      }
      if (alive > 0) frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [burst, colors, pieces]);
  return <canvas ref={canvas} className="wb-confetti" aria-hidden="true" />;
}
