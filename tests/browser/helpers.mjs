// Shared setup for the browser tests: the built site (build/site/) served by
// scripts/serve.mjs with the real CSP, in headless Chromium. Any console
// error or warning, failed request or page error fails the test it happens
// in. Call useBrowser() once at the top of a test file.
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// SAYWHO_SITE: test another assembled copy of the site (default build/site).
export const SITE = path.resolve(ROOT, process.env.SAYWHO_SITE ?? 'build/site');
export const CLI = path.join(ROOT, 'build/saywho');
export const ARTIFACTS = path.join(ROOT, 'build/artifacts');
export const DESIGN_EXAMPLE_PATH = path.join(ROOT, '../shared/examples/comey-beijing.txt');
export const DESIGN_EXAMPLE = existsSync(DESIGN_EXAMPLE_PATH) ? readFileSync(DESIGN_EXAMPLE_PATH, 'utf8') : null;
export const TIMEOUT = 60_000;

// Our own article, so the tests run without /work/shared too.
export const OWN_ARTICLE = [
  'The city council approved a new network of bus routes on Tuesday, according to a statement from the mayor’s office.',
  '“This is the biggest change to our buses in thirty years,” said Maria Lopez, the city’s transport director. ' +
    'Lopez said the first new routes would open in March.',
  'Shop owners on Main Street were less enthusiastic. Their association said the roadworks would block deliveries ' +
    'for months, and its chairman called the plan “rushed and badly explained.”',
].join('\n\n');

/**
 * Serves the built site and launches headless Chromium on a fresh profile.
 * Returns {base, context, close}; `files` must exist in build/site first.
 */
export async function launchSite({ files = [], viewport = { width: 1280, height: 900 }, prefix = 'saywho-chromium-',
  acceptDownloads = false } = {}) {
  for (const file of ['index.html', 'app.js', 'worker.js', 'saywho.mjs', 'saywho.wasm', ...files]) {
    assert.ok(existsSync(path.join(SITE, file)), `build/site/${file} is missing: run \`bash scripts/build\` first`);
  }
  const server = startServer(SITE, 0);
  await once(server, 'listening');
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(path.join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
    acceptDownloads,
  });
  // Refusal is tolerated by the tests; granting just makes the happy path likely.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base }).catch(() => {});
  const close = async () => {
    await context.close();
    server.closeAllConnections();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { base, context, close };
}

/** The running browser: `env.base` (site URL) and `env.context` once set up. */
export const env = { base: '', context: null, problems: [] };
let site;

export function useBrowser({ viewport = { width: 1280, height: 900 } } = {}) {
  before(async () => {
    assert.ok(existsSync(CLI), 'build/saywho is missing: run `bash scripts/build` first');
    site = await launchSite({ viewport, acceptDownloads: true });
    env.base = site.base;
    env.context = site.context;
  });

  after(async () => {
    await site?.close();
  });

  afterEach(async () => {
    for (const page of env.context.pages()) await page.close();
    const seen = env.problems;
    env.problems = [];
    assert.deepEqual(seen, [], 'the page logged errors or warnings');
  });
}

export async function openPage(url = env.base) {
  const page = await env.context.newPage();
  const watch = (where) => (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') env.problems.push(`${where} console.${msg.type()}: ${msg.text()}`);
  };
  page.on('console', watch('page'));
  page.on('worker', (worker) => worker.on('console', watch('worker')));
  page.on('pageerror', (error) => env.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Blob URLs of downloads are revoked once saved; that is not a failure.
    if (!request.url().startsWith('blob:')) env.problems.push(`request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) env.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return page;
}

/** The native CLI's attributions for the same text: the reference. */
export function cliAttributions(text) {
  const run = spawnSync(CLI, ['annotate'], { input: `${JSON.stringify({ id: 't', text })}\n`, encoding: 'utf8' });
  assert.equal(run.status, 0, `build/saywho annotate failed: ${run.stderr}`);
  return JSON.parse(run.stdout).attributions;
}

/**
 * Wait for the status area to reach `tone`; waiting for "ok" also stops at
 * an error, so a failure reports the page's own message, not a time-out.
 */
export async function waitForStatus(page, tone, timeout = 30_000) {
  await page.waitForFunction((want) => {
    const now = document.querySelector('#status').dataset.tone;
    return now === want || now === 'error';
  }, tone, { timeout });
  const now = await page.locator('#status').getAttribute('data-tone');
  assert.equal(now, tone, `status: ${await page.locator('#status').textContent()}`);
}

export const badgeLabels = (page) => page.locator('#article .badge').evaluateAll((bs) =>
  bs.map((b) => b.firstChild.textContent));
export const statusText = (page) => page.locator('#status').textContent();

/** Open the page, put `text` in and wait for the annotated view. */
export async function annotated(text, url = env.base) {
  const page = await openPage(url);
  await page.locator('#article-input').fill(text);
  await page.locator('#annotate').click();
  await waitForStatus(page, 'ok');
  return page;
}
