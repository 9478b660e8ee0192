// Synthesises the celebration sounds in assets/sounds/ (16-bit mono WAV). Written from
// scratch here, so Fanfare owns them outright and can ship them royalty-free.
// Run: node scripts/make-sounds.mjs (the output is committed; rerun only to change a sound).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RATE = 22050;
const out = join(new URL('..', import.meta.url).pathname, 'assets/sounds');

const freq = (note) => {
  const names = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
  const [, name, sharp, octave] = /^([A-G])(#?)(\d)$/.exec(note);
  return 440 * 2 ** ((names[name] + (sharp ? 1 : 0) + (Number(octave) - 4) * 12 - 9) / 12);
};

function buffer(seconds) {
  return new Float64Array(Math.ceil(seconds * RATE));
}

/** Attack-decay-sustain-release envelope, times in seconds. */
function envelope(t, length, { a = 0.01, d = 0.1, s = 0.7, r = 0.15 } = {}) {
  if (t < a) return t / a;
  if (t < a + d) return 1 - ((t - a) / d) * (1 - s);
  if (t < length - r) return s;
  return Math.max(0, (s * (length - t)) / r);
}

/** A brass-like voice: harmonics falling off as 1/n, brighter as the note swells, light vibrato. */
function brass(buf, start, length, f, gain = 0.3) {
  const from = Math.floor(start * RATE);
  for (let i = 0; i < length * RATE && from + i < buf.length; i += 1) {
    const t = i / RATE;
    const env = envelope(t, length, { a: 0.04, d: 0.12, s: 0.75, r: 0.12 });
    const vib = 1 + 0.004 * Math.sin(2 * Math.PI * 5.5 * t) * Math.min(1, t * 3);
    let v = 0;
    const harmonics = 3 + Math.floor(6 * env);
    for (let h = 1; h <= harmonics; h += 1) v += Math.sin(2 * Math.PI * f * h * vib * t) / h;
    buf[from + i] += gain * env * v;
  }
}

/** A bell: FM synthesis with a decaying modulation index. */
function bell(buf, start, length, f, gain = 0.3, ratio = 3.5) {
  const from = Math.floor(start * RATE);
  for (let i = 0; i < length * RATE && from + i < buf.length; i += 1) {
    const t = i / RATE;
    const decay = Math.exp(-t * 4);
    const index = 4 * Math.exp(-t * 6);
    buf[from + i] += gain * decay * Math.min(1, t / 0.003) * Math.sin(2 * Math.PI * f * t + index * Math.sin(2 * Math.PI * f * ratio * t));
  }
}

/** A chiptune square wave. */
function square(buf, start, length, f, gain = 0.15) {
  const from = Math.floor(start * RATE);
  for (let i = 0; i < length * RATE && from + i < buf.length; i += 1) {
    const t = i / RATE;
    buf[from + i] += gain * envelope(t, length, { a: 0.005, d: 0.05, s: 0.6, r: 0.04 }) * (Math.sin(2 * Math.PI * f * t) >= 0 ? 1 : -1);
  }
}

/** A drum or cymbal hit: filtered noise with a fast decay (deterministic noise, same file every run). */
function hit(buf, start, length, { decay = 8, gain = 0.3, bright = 0.5, tone = 0 } = {}) {
  const from = Math.floor(start * RATE);
  let seed = 12345;
  let low = 0;
  for (let i = 0; i < length * RATE && from + i < buf.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const noise = seed / 0x3fffffff - 1;
    low += (noise - low) * (1 - bright);
    const t = i / RATE;
    const body = tone ? Math.sin(2 * Math.PI * tone * t * (1 - 0.3 * t)) : 0;
    buf[from + i] += gain * Math.exp(-t * decay) * (bright * noise + (1 - bright) * low + body);
  }
}

function write(name, buf) {
  let peak = 0;
  for (const v of buf) peak = Math.max(peak, Math.abs(v));
  const scale = peak > 0 ? 0.85 / peak : 0;
  const data = Buffer.alloc(buf.length * 2);
  const fade = Math.floor(0.02 * RATE);
  for (let i = 0; i < buf.length; i += 1) {
    const edge = Math.min(1, i / 32, (buf.length - i) / fade);
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, buf[i] * scale * edge)) * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  writeFileSync(join(out, `${name}.wav`), Buffer.concat([header, data]));
  console.log(`${name}.wav  ${(buf.length / RATE).toFixed(2)} s`);
}

mkdirSync(out, { recursive: true });

// fanfare: a triplet pickup into a held major chord (the classic "ta-ta-taaa").
{
  const b = buffer(2.4);
  [['G4', 0], ['G4', 0.16], ['G4', 0.32]].forEach(([n, t]) => brass(b, t, 0.14, freq(n)));
  for (const n of ['C5', 'E5', 'G5', 'C6']) brass(b, 0.5, 1.8, freq(n), 0.22);
  hit(b, 0.5, 1.2, { decay: 3, gain: 0.12, bright: 0.9 });
  write('fanfare', b);
}
// triumph: the big one, for the largest deals: I - IV - V - I with timpani.
{
  const b = buffer(3.6);
  const chords = [[['C4', 'E4', 'G4', 'C5'], 0, 0.55], [['F4', 'A4', 'C5', 'F5'], 0.6, 0.55], [['G4', 'B4', 'D5', 'G5'], 1.2, 0.55], [['C5', 'E5', 'G5', 'C6'], 1.8, 1.7]];
  for (const [notes, t, len] of chords) {
    for (const n of notes) brass(b, t, len, freq(n), 0.16);
    hit(b, t, 0.6, { decay: 6, gain: 0.35, bright: 0.05, tone: 70 });
  }
  hit(b, 1.8, 1.8, { decay: 2.2, gain: 0.14, bright: 0.95 });
  write('triumph', b);
}
// chime: three bells rising.
{
  const b = buffer(1.8);
  [['E6', 0], ['G6', 0.12], ['C7', 0.24]].forEach(([n, t]) => bell(b, t, 1.5, freq(n), 0.3, 1.4));
  write('chime', b);
}
// cash: a drawer's clack, then a bright double ring.
{
  const b = buffer(1.3);
  hit(b, 0, 0.08, { decay: 60, gain: 0.5, bright: 0.6 });
  hit(b, 0.09, 0.06, { decay: 80, gain: 0.4, bright: 0.7 });
  bell(b, 0.16, 1.1, 2637, 0.3, 2.76);
  bell(b, 0.22, 1.0, 3520, 0.22, 2.76);
  write('cash', b);
}
// sparkle: quick glittering blips upward (the smaller celebration: badges).
{
  const b = buffer(1.2);
  ['C6', 'E6', 'G6', 'B6', 'D7', 'G7'].forEach((n, i) => bell(b, i * 0.07, 0.8, freq(n), 0.14, 2));
  write('sparkle', b);
}
// levelup: a chiptune arpeggio (the smaller celebration: level-ups).
{
  const b = buffer(1.0);
  ['C5', 'E5', 'G5', 'C6', 'E6'].forEach((n, i) => square(b, i * 0.08, 0.09, freq(n)));
  square(b, 0.42, 0.5, freq('G6'), 0.13);
  write('levelup', b);
}
