/* global window, document, MutationObserver, requestAnimationFrame, location -- page.evaluate callbacks run in the browser */
// The wallboard, measured in Debian's Chromium against the built app:
// 1. webhook accepted -> wallboard DOM updated (200 events, timestamps from both sides);
// 2. frame rate while a celebration plays at 1920x1080;
// 3. the page's JS heap after 10,000 updates (no growth expected).
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fmt, sign, startBuiltApp, summarize } from './support.mjs';

const executablePath = '/usr/bin/chromium';
const gpuFlag = process.env.BENCH_GPU === '1' ? [] : ['--disable-gpu'];

/**
 * CPU seconds used so far by the descendants of a process, but those under `skip` (Linux
 * /proc; 0 elsewhere): here, the browsers this script started, not the app it measures.
 * On a shared, busy machine frames per second say as much about the neighbours as about the
 * page; the CPU the browser itself spends per second of celebration does not.
 */
function cpuSeconds(rootPid, skip) {
  try {
    const children = new Map();
    const stats = new Map();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const parent = Number(fields[1]);
        stats.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100);
        children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      } catch {
        // the process ended while we looked
      }
    }
    let total = 0;
    const walk = (pid) => {
      if (skip.has(pid)) return;
      if (pid !== rootPid) total += stats.get(pid) ?? 0;
      for (const child of children.get(pid) ?? []) walk(child);
    };
    walk(rootPid);
    return total;
  } catch {
    return 0;
  }
}

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
    const notBrowser = new Set([app.child.pid]);
    const cpuBefore = cpuSeconds(process.pid, notBrowser);
    await page.waitForTimeout(4000);
    const cpuUsed = cpuSeconds(process.pid, notBrowser) - cpuBefore;
    const frames = await page.evaluate((from) => window.frames.filter((t) => t >= from), start);
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    const g = summarize(gaps);
    const fps = (frames.length - 1) / ((frames.at(-1) - frames[0]) / 1000);
    console.log(`celebration at 1920x1080 (${gpuFlag.length ? 'headless Chromium, --disable-gpu: software rendering' : 'headless Chromium, GPU flags default'}), 4 s: ${fps.toFixed(1)} fps average, frame time p50 ${fmt(g.p50)}, p95 ${fmt(g.p95)}, worst ${fmt(g.max)}`);
    console.log(`  Chromium's own CPU meanwhile (all its processes): ${(cpuUsed / 4).toFixed(2)} CPU-seconds per second (${((cpuUsed * 1000) / Math.max(1, frames.length - 1)).toFixed(1)} ms of CPU per frame drawn); machine load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]} on its cores`);
    await page.close();
  }

  // 3. Heap after 10,000 updates, two ways: (a) the real feed, 10,000 webhook events from
  //    four senders (the hub coalesces bursts, so fewer snapshots than events reach the TV);
  //    (b) 10,000 renders of the board, each a new snapshot posted into the page.
  const heapOf = async (cdp) => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  };
  const scenes = [
    { kind: 'leaderboard', durationSeconds: 5, settings: { period: 'week', metric: 'points', limit: 10 } },
    { kind: 'wins', durationSeconds: 5, settings: { limit: 6, showCustomer: true } },
  ];
  await app.api('wallboard.savePlaylist', { displayId: display.id, scenes });
  {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(display.url);
    await page.waitForSelector('[data-testid="wall-status"].is-live');
    await page.evaluate(() => {
      window.renders = 0;
      new MutationObserver(() => (window.renders += 1)).observe(document.querySelector('.wb-stage'), { attributes: true, attributeFilter: ['data-generated-at'] });
    });
    let next = 0;
    const send = async (upTo) => {
      const lane = async () => {
        while (next < upTo) {
          next += 1;
          await post(app, source, event(`heap-${next}`, next % 2 ? 'quote.sent' : 'reply.sent'));
        }
      };
      await Promise.all([lane(), lane(), lane(), lane()]);
      await page.waitForTimeout(1000);
    };
    await send(1000);
    const warm = { mb: await heapOf(cdp), renders: await page.evaluate(() => window.renders) };
    const started = Date.now();
    await send(10_000);
    const after = { mb: await heapOf(cdp), renders: await page.evaluate(() => window.renders) };
    console.log(
      `(a) live feed, JS heap after GC: ${warm.mb.toFixed(2)} MB after 1,000 events (${warm.renders} snapshots rendered) -> ${after.mb.toFixed(2)} MB after 10,000 events ` +
        `(${after.renders} snapshots rendered, ${((Date.now() - started) / 1000).toFixed(0)} s); growth ${(after.mb - warm.mb).toFixed(2)} MB; DOM nodes ${await page.evaluate(() => document.getElementsByTagName('*').length)}`,
    );
    await page.close();
  }
  {
    const snapshot = await app.api('wallboard.preview', { displayId: display.id, scenes });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${app.url}/wall-preview`);
    await page.evaluate(() => {
      window.renders = 0;
    });
    // Posts `count` snapshots, each with new points and a new order, waiting for each to render.
    const renderMany = (from, count) =>
      page.evaluate(
        async ({ snapshot, from, count }) => {
          const post = (i) => {
            const s = structuredClone(snapshot);
            s.generatedAt += i;
            const rows = s.scenes[0].rows;
            rows.forEach((r, k) => (r.value = (i * 7 + k * 13) % 500));
            rows.sort((a, b) => b.value - a.value).forEach((r, k) => (r.rank = k + 1));
            window.postMessage({ type: 'fanfare-preview', snapshot: s, pinned: null }, location.origin);
          };
          if (!window.observed) {
            post(from);
            while (!document.querySelector('.wb-stage')) await new Promise((r) => setTimeout(r, 5));
            new MutationObserver(() => (window.renders += 1)).observe(document.querySelector('.wb-stage'), { attributes: true, attributeFilter: ['data-generated-at'] });
            window.observed = true;
          }
          for (let i = from; i < from + count; i += 1) {
            const before = window.renders;
            post(i + 1);
            while (window.renders === before) await new Promise((r) => setTimeout(r, 0));
          }
          return window.renders;
        },
        { snapshot, from, count },
      );
    const started = Date.now();
    await renderMany(0, 1000);
    const warm = await heapOf(cdp);
    const renders = await renderMany(1000, 9000);
    const after = await heapOf(cdp);
    console.log(`(b) ${renders.toLocaleString('en')} renders of the board (${((Date.now() - started) / 1000).toFixed(0)} s), JS heap after GC: ${warm.toFixed(2)} MB after 1,000 -> ${after.toFixed(2)} MB after 10,000; growth ${(after - warm).toFixed(2)} MB`);
    await page.close();
  }
} finally {
  await browser.close();
  await app.stop();
}
