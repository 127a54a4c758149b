// The page's speed in headless Chromium: cold load, paste to rendered
// badges for articles of 5 KB, 50 KB and 1 MB, and a fresh page's first
// paste of 50 KB (median of 5 runs each).
//   node bench/page.mjs        (after scripts/build)
// SAYWHO_SITE=dir measures another assembled copy of the site (default
// build/site), so two builds can be compared in the same session.
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

const server = startServer(path.resolve(ROOT, process.env.SAYWHO_SITE ?? 'build/site'), 0);
await once(server, 'listening');
const url = `http://127.0.0.1:${server.address().port}/`;
const profile = mkdtempSync(path.join(tmpdir(), 'saywho-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
const page = context.pages()[0] ?? await context.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));
page.on('crash', () => console.error('page crashed'));

// Fills the text area, presses Annotate and waits for the status to say
// the badges are drawn; returns the milliseconds in between, measured in
// the page (polled every millisecond), and to the end of the first frame
// drawn after it.
async function pasteToBadges(text, { waitForFrame = true } = {}) {
  return page.evaluate(async ([value, waitForFrame]) => {
    const input = document.getElementById('article-input');
    const status = document.getElementById('status');
    input.value = value;
    status.dataset.tone = 'bench';
    const start = performance.now();
    document.getElementById('annotate').click();
    while (status.dataset.tone !== 'ok' && status.dataset.tone !== 'error') {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const end = performance.now();
    if (status.dataset.tone !== 'ok') throw new Error(status.textContent);
    // The frame that shows it: a task queued from the next animation frame
    // runs once that frame's style, layout and paint are done.
    if (waitForFrame) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { outside: end - start, frame: performance.now() - start };
  }, [text, waitForFrame]);
}

const cold = [];
for (let run = 0; run < 5; run++) {
  const start = Date.now();
  await page.goto(`${url}?cold=${run}`, { waitUntil: 'load' });
  const { outside: first } = await pasteToBadges('“The bridge is open,” the mayor said.', { waitForFrame: false });
  cold.push({ total: Date.now() - start, firstAnnotate: first });
}
console.log(`cold load to first annotated text: median ${median(cold.map((c) => c.total))} ms ` +
  `(first annotate after load ${median(cold.map((c) => c.firstAnnotate)).toFixed(1)} ms)`);

// The page's own performance measures of its last run, in ms.
const lastMeasures = () => page.evaluate(() => Object.fromEntries(
  ['saywho:analyse', 'saywho:draw', 'saywho:paste-to-badges'].map((name) => {
    const all = performance.getEntriesByName(name);
    return [name.slice(7), all.length ? all[all.length - 1].duration : NaN];
  })));

for (const bytes of [5_000, 50_000, 1_000_000]) {
  const text = textOf(bytes);
  const runs = [];
  for (let run = 0; run < 5; run++) {
    const { outside, frame } = await pasteToBadges(text + ' '.repeat(run));
    runs.push({ outside, frame, ...(await lastMeasures()) });
  }
  const badges = await page.locator('.badge').count();
  const m = (key) => median(runs.map((r) => r[key])).toFixed(1);
  console.log(`paste to badges, ${(Buffer.byteLength(text) / 1000).toFixed(0)} KB: median ` +
    `${m('paste-to-badges')} ms (analyse ${m('analyse')}, draw ${m('draw')}; ` +
    `${m('outside')} ms to the status, ${m('frame')} ms to its frame) with ${badges} badges`);
}

// A reader's first paste: a fresh page, a second to look at it, then 50 KB.
// Every later paste of a page runs code the first one has optimised.
const firsts = [];
for (let run = 0; run < 5; run++) {
  await page.goto(`${url}?first=${run}`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const { outside, frame } = await pasteToBadges(textOf(50_000));
  firsts.push({ outside, frame, ...(await lastMeasures()) });
}
{
  const m = (key) => median(firsts.map((r) => r[key])).toFixed(1);
  console.log(`first paste of a fresh page, 51 KB: median ${m('paste-to-badges')} ms (analyse ${m('analyse')}, ` +
    `draw ${m('draw')}; ${m('outside')} ms to the status, ${m('frame')} ms to its frame)`);
}

await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });
