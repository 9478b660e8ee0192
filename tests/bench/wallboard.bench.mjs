/* global window, document, MutationObserver, requestAnimationFrame -- page.evaluate callbacks run in the browser */
// The wallboard, measured in Debian's Chromium against the built app:
// 1. webhook accepted -> wallboard DOM updated (200 events, timestamps from both sides);
// 2. frame rate while a celebration plays at 1920x1080;
// 3. the page's JS heap after 10,000 updates (no growth expected).
import { chromium } from '@playwright/test';
import { fmt, sign, startBuiltApp, summarize } from './support.mjs';

const executablePath = '/usr/bin/chromium';
const gpuFlag = process.env.BENCH_GPU === '1' ? [] : ['--disable-gpu'];

async function post(app, source, body) {
  const text = JSON.stringify(body);
  const response = await fetch(`${app.url}/hooks/generic/${source.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fanfare-signature': sign(source.secret, text) }, body: text });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
}

const event = (id, type = 'quote.sent') => ({ id, type, occurredAt: new Date().toISOString(), rep: { email: 'ana@example.com' } });

const app = await startBuiltApp();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', ...gpuFlag, '--autoplay-policy=no-user-gesture-required'] });
try {
  await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  await app.api('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
  const source = await app.api('sources.create', { kind: 'generic', name: 'bench' });
  const display = await app.api('displays.create', { name: 'Bench TV' });
  await app.api('wallboard.savePlaylist', { displayId: display.id, scenes: [{ kind: 'leaderboard', durationSeconds: 600, settings: { period: 'week', metric: 'points', limit: 10 } }] });

  // 1. Latency. Reduced motion: the number is final the moment the snapshot is rendered.
  {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(display.url);
    await page.waitForSelector('.wb-row[data-rep="Ana Souza"] [data-testid="wall-points"]');
    await page.evaluate(() => {
      window.seenAt = new Map();
      const cell = () => document.querySelector('.wb-row[data-rep="Ana Souza"] [data-testid="wall-points"]');
      new MutationObserver(() => {
        const value = cell()?.getAttribute('data-value');
        if (value && !window.seenAt.has(value)) window.seenAt.set(value, Date.now());
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const fromAccepted = [];
    const fromSent = [];
    for (let i = 1; i <= 220; i += 1) {
      const sent = Date.now();
      await post(app, source, event(`lat-${i}`));
      const accepted = Date.now();
      const expected = String(i * 10);
      await page.waitForFunction((v) => window.seenAt.has(v), expected, { polling: 'raf' });
      const shown = await page.evaluate((v) => window.seenAt.get(v), expected);
      if (i > 20) {
        fromAccepted.push(shown - accepted);
        fromSent.push(shown - sent);
      }
    }
    const a = summarize(fromAccepted);
    const s = summarize(fromSent);
    console.log(`webhook accepted -> wallboard DOM shows the new points (${a.n} events, after 20 warm-up): p50 ${fmt(a.p50)}, p95 ${fmt(a.p95)}, max ${fmt(a.max)}`);
    console.log(`webhook sent -> wallboard DOM (includes storing + scoring + commit):              p50 ${fmt(s.p50)}, p95 ${fmt(s.p95)}, max ${fmt(s.max)}`);
    await context.close();
  }

  // 2. Frame rate during a celebration (confetti canvas + spring animations) at 1920x1080.
  {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(display.url);
    await page.waitForSelector('[data-testid="wall-status"].is-live');
    await page.evaluate(() => {
      window.frames = [];
      const tick = (t) => {
        window.frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await post(app, source, { ...event('fps-win', 'deal.won'), amount: { value: '25000.00', currency: 'USD' } });
    await page.waitForSelector('[data-testid="wall-celebration"]');
    const start = await page.evaluate(() => performance.now());
    await page.waitForTimeout(4000);
    const frames = await page.evaluate((from) => window.frames.filter((t) => t >= from), start);
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    const g = summarize(gaps);
    const fps = (frames.length - 1) / ((frames.at(-1) - frames[0]) / 1000);
    console.log(`celebration at 1920x1080 (${gpuFlag.length ? 'headless Chromium, --disable-gpu: software rendering' : 'headless Chromium, GPU flags default'}), 4 s: ${fps.toFixed(1)} fps average, frame time p50 ${fmt(g.p50)}, p95 ${fmt(g.p95)}, worst ${fmt(g.max)}`);
    await page.close();
  }

  // 3. Heap after 10,000 updates.
  {
    await app.api('wallboard.savePlaylist', {
      displayId: display.id,
      scenes: [
        { kind: 'leaderboard', durationSeconds: 5, settings: { period: 'week', metric: 'points', limit: 10 } },
        { kind: 'wins', durationSeconds: 5, settings: { limit: 6, showCustomer: true } },
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(display.url);
    await page.waitForSelector('[data-testid="wall-status"].is-live');
    await page.evaluate(() => {
      window.renders = 0;
      new MutationObserver(() => (window.renders += 1)).observe(document.querySelector('.wb-stage'), { attributes: true, attributeFilter: ['data-generated-at'] });
    });
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
    };
    // One event at a time, a little longer apart than the hub's 15 ms coalescing, so each
    // event is its own snapshot: 10,000 events are 10,000 renders of the board.
    let sent = 0;
    const sendUntil = async (renders) => {
      while ((await page.evaluate(() => window.renders)) < renders) {
        // Paced a little slower than the hub's 15 ms coalescing; checked every 100 events.
        for (let i = 0; i < 100; i += 1) {
          sent += 1;
          const paced = new Promise((resolve) => setTimeout(resolve, 17));
          await post(app, source, event(`heap-${sent}`, sent % 2 ? 'quote.sent' : 'reply.sent'));
          await paced;
        }
      }
    };
    const started = Date.now();
    const samples = [];
    for (const renders of [1000, 4000, 7000, 10_000]) {
      await sendUntil(renders);
      await page.waitForTimeout(500);
      samples.push({ renders: await page.evaluate(() => window.renders), mb: await heap() });
    }
    console.log(
      `JS heap after GC, by snapshots rendered: ${samples.map((x) => `${x.renders.toLocaleString('en')}: ${x.mb.toFixed(2)} MB`).join(', ')} ` +
        `(${sent.toLocaleString('en')} events, ${((Date.now() - started) / 1000).toFixed(0)} s); growth from 1,000 to 10,000: ${(samples.at(-1).mb - samples[0].mb).toFixed(2)} MB`,
    );
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    console.log(`DOM nodes on the board after 10,000 events: ${dom}`);
    await page.close();
  }
} finally {
  await browser.close();
  await app.stop();
}
