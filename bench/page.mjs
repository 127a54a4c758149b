// The page's speed in headless Chromium: cold load, paste to rendered
// badges for articles of 5 KB, 50 KB and 1 MB (to the last badge, and to
// the first screen of them, which a long article draws first), and a
// fresh page's first paste of 50 KB (median of 5 runs each;
// SAYWHO_BENCH_RUNS=n takes n runs of each paste size, and of the real
// paste).
//   node bench/page.mjs        (after scripts/build)
// SAYWHO_SITE=dir measures another assembled copy of the site (default
// build/site); SAYWHO_SITE_B=dir measures a second one in the same run,
// each paste taking turns between the two, so that on a shared machine both
// see the same load (lines marked A and B).
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const article = ['harbour-bridge', 'night-market']
  .map((name) => readFileSync(path.join(ROOT, `tests/golden/${name}.txt`), 'utf8'))
  .join('\n');

function textOf(bytes) {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${article}\n`;
  return text;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const siteDirs = [process.env.SAYWHO_SITE ?? 'build/site', process.env.SAYWHO_SITE_B].filter(Boolean);
const profile = mkdtempSync(path.join(tmpdir(), 'saywho-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
const sites = [];
for (const [k, dir] of siteDirs.entries()) {
  const server = startServer(path.resolve(ROOT, dir), 0);
  await once(server, 'listening');
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('crash', () => console.error('page crashed'));
  sites.push({ label: siteDirs.length > 1 ? `${'AB'[k]} ` : '', server, page, url: `http://127.0.0.1:${server.address().port}/` });
}
// Each run of a measurement on every site, in turns (B first every other run).
async function inTurns(runs, measure) {
  const results = sites.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const k of run % 2 ? [...sites.keys()].reverse() : sites.keys()) {
      await sites[k].page.bringToFront();
      results[k].push(await measure(sites[k], run));
    }
  }
  return results;
}

// Fills the text area, presses Annotate and waits for the status to say
// the badges are drawn; returns the milliseconds in between, measured in
// the page (polled every millisecond), and to the end of the first frame
// drawn after it; and from the click to the paint of the first frame that
// shows badges of the new view (a long article's first screen of them is
// drawn before the rest, app.js render()).
async function pasteToBadges(page, text, { waitForFrame = true } = {}) {
  return page.evaluate(async ([value, waitForFrame]) => {
    const input = document.getElementById('article-input');
    const status = document.getElementById('status');
    const article = document.getElementById('article');
    input.value = value;
    status.dataset.tone = 'bench';
    // The frame that shows a change: a task queued from the next animation
    // frame runs once that frame's style, layout and paint are done.
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // The first badges put in are marked for Element Timing, which reports
    // when they were painted (the mark goes on before the frame, in the
    // microtask after the task that put them in).
    let firstFrame;
    const observer = new MutationObserver(() => {
      const badge = article.querySelector('.badge');
      if (firstFrame || !badge) return;
      observer.disconnect();
      badge.setAttribute('elementtiming', 'saywho-bench');
      firstFrame = new Promise((resolve) => {
        const painted = new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.element === badge);
          if (!entry) return;
          painted.disconnect();
          resolve(entry.renderTime - start);
        });
        painted.observe({ type: 'element' });
      });
    });
    observer.observe(article, { childList: true });
    const start = performance.now();
    document.getElementById('annotate').click();
    while (status.dataset.tone !== 'ok' && status.dataset.tone !== 'error') {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const end = performance.now();
    observer.disconnect();
    if (status.dataset.tone !== 'ok') throw new Error(status.textContent);
    if (waitForFrame) await nextFrame();
    // (NaN if it was not painted on screen within a second or two.)
    const unseen = new Promise((resolve) => setTimeout(() => resolve(NaN), 2000));
    return { outside: end - start, frame: performance.now() - start, firstFrame: await Promise.race([firstFrame, unseen]) };
  }, [text, waitForFrame]);
}

const colds = await inTurns(5, async ({ page, url }, run) => {
  const start = Date.now();
  await page.goto(`${url}?cold=${run}`, { waitUntil: 'load' });
  const { outside: first } = await pasteToBadges(page, '“The bridge is open,” the mayor said.', { waitForFrame: false });
  return { total: Date.now() - start, firstAnnotate: first };
});
colds.forEach((cold, k) => console.log(`${sites[k].label}cold load to first annotated text: median ${median(cold.map((c) => c.total))} ms ` +
  `(first annotate after load ${median(cold.map((c) => c.firstAnnotate)).toFixed(1)} ms)`));

// The page's own performance measures of its last run, in ms. A page that
// draws every badge at once (before first-screen was measured) has its
// first screen at its last badge.
const lastMeasures = (page) => page.evaluate(() => {
  const last = Object.fromEntries(['saywho:analyse', 'saywho:draw', 'saywho:first-screen', 'saywho:paste-to-badges'].map((name) => {
    const all = performance.getEntriesByName(name);
    return [name.slice(7), all.length ? all[all.length - 1].duration : NaN];
  }));
  if (Number.isNaN(last['first-screen'])) last['first-screen'] = last['paste-to-badges'];
  return last;
});

const RUNS = Number(process.env.SAYWHO_BENCH_RUNS ?? 5);
for (const bytes of [5_000, 50_000, 1_000_000]) {
  const text = textOf(bytes);
  const all = await inTurns(RUNS, async ({ page }, run) => {
    const { outside, frame, firstFrame } = await pasteToBadges(page, text + ' '.repeat(run % 7));
    return { outside, frame, firstFrame, ...(await lastMeasures(page)) };
  });
  for (const [k, runs] of all.entries()) {
    const badges = await sites[k].page.locator('.badge').count();
    const m = (key) => median(runs.map((r) => r[key])).toFixed(1);
    // paste-to-badges is to the last badge drawn; the first screen of them
    // may be up before (for a short text they are the same).
    console.log(`${sites[k].label}paste to badges, ${(Buffer.byteLength(text) / 1000).toFixed(0)} KB: median ` +
      `${m('paste-to-badges')} ms (analyse ${m('analyse')}, draw ${m('draw')}; ` +
      `${m('outside')} ms to the status, ${m('frame')} ms to its frame) with ${badges} badges; ` +
      `first screen of badges ${m('first-screen')} ms, ${m('firstFrame')} ms to its paint`);
  }
}

// A real paste (Ctrl+V from the clipboard), as a reader does it: the time
// runs from the paste event to the status saying the badges are drawn, and
// to the end of the frame after it (paste-to-badges above starts later, in
// annotate(), after the click has laid out the textarea).
for (const { url } of sites) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
}
const pastes = await inTurns(RUNS, async ({ page }, run) => {
  await page.evaluate((text) => navigator.clipboard.writeText(text), textOf(50_000) + ' '.repeat(run % 7));
  await page.locator('#article-input').focus();
  await page.evaluate(() => {
    const input = document.getElementById('article-input');
    const status = document.getElementById('status');
    input.select();
    status.dataset.tone = 'bench';
    window.benchPaste = new Promise((resolve) => input.addEventListener('paste', () => {
      const start = performance.now();
      const poll = () => {
        if (status.dataset.tone !== 'ok') { setTimeout(poll, 1); return; }
        const outside = performance.now() - start;
        requestAnimationFrame(() => setTimeout(() => resolve({ outside, frame: performance.now() - start }), 0));
      };
      poll();
    }, { once: true }));
  });
  await page.keyboard.press('Control+V');
  return page.evaluate(() => window.benchPaste);
});
for (const [k, runs] of pastes.entries()) {
  const m = (key) => median(runs.map((r) => r[key])).toFixed(1);
  console.log(`${sites[k].label}a real paste (Ctrl+V) of 51 KB: median ${m('outside')} ms to the status, ` +
    `${m('frame')} ms to its frame`);
}

// A reader's first paste: a fresh page, a second to look at it, then 50 KB.
// Every later paste of a page runs code the first one has optimised.
const allFirsts = await inTurns(5, async ({ page, url }, run) => {
  await page.goto(`${url}?first=${run}`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const { outside, frame, firstFrame } = await pasteToBadges(page, textOf(50_000));
  return { outside, frame, firstFrame, ...(await lastMeasures(page)) };
});
for (const [k, firsts] of allFirsts.entries()) {
  const m = (key) => median(firsts.map((r) => r[key])).toFixed(1);
  console.log(`${sites[k].label}first paste of a fresh page, 51 KB: median ${m('paste-to-badges')} ms (analyse ${m('analyse')}, ` +
    `draw ${m('draw')}; ${m('outside')} ms to the status, ${m('frame')} ms to its frame; ` +
    `first screen ${m('first-screen')} ms, ${m('firstFrame')} ms to its paint)`);
}

await context.close();
for (const { server } of sites) server.close();
rmSync(profile, { recursive: true, force: true });
