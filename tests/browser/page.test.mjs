// End to end: the built site (build/site/) in headless Chromium, served by
// scripts/serve.mjs with the real CSP. Any console error or warning, failed
// request or page error fails the test it happens in.
// Needs `bash scripts/build` first; run with `node --test tests/browser/`.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { encodeText } from '../../web/link.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// SAYWHO_SITE: test another assembled copy of the site (default build/site).
const SITE = path.resolve(ROOT, process.env.SAYWHO_SITE ?? 'build/site');
const CLI = path.join(ROOT, 'build/saywho');
const ARTIFACTS = path.join(ROOT, 'build/artifacts');
const DESIGN_EXAMPLE = path.join(ROOT, '../shared/examples/comey-beijing.txt');
const TIMEOUT = 60_000;

// Our own article, so the test runs without /work/shared too.
const OWN_ARTICLE = [
  'The city council approved a new network of bus routes on Tuesday, according to a statement from the mayor’s office.',
  '“This is the biggest change to our buses in thirty years,” said Maria Lopez, the city’s transport director. ' +
    'Lopez said the first new routes would open in March.',
  'Shop owners on Main Street were less enthusiastic. Their association said the roadworks would block deliveries ' +
    'for months, and its chairman called the plan “rushed and badly explained.”',
].join('\n\n');

const ARTICLES = { 'own article': OWN_ARTICLE };
if (existsSync(DESIGN_EXAMPLE)) ARTICLES['design example'] = readFileSync(DESIGN_EXAMPLE, 'utf8');

let server;
let base;
let context;
let profile;
let problems = []; // console errors and warnings, page errors, failed requests

before(async () => {
  for (const file of ['index.html', 'app.js', 'worker.js', 'saywho.mjs', 'saywho.wasm']) {
    assert.ok(existsSync(path.join(SITE, file)), `build/site/${file} is missing: run \`bash scripts/build\` first`);
  }
  assert.ok(existsSync(CLI), 'build/saywho is missing: run `bash scripts/build` first');
  server = startServer(SITE, 0);
  await once(server, 'listening');
  base = `http://127.0.0.1:${server.address().port}/`;
  profile = mkdtempSync(path.join(tmpdir(), 'saywho-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  // Refusal is tolerated below; granting just makes the happy path likely.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base }).catch(() => {});
});

after(async () => {
  await context?.close();
  if (server) {
    server.closeAllConnections();
    server.close();
  }
  if (profile) rmSync(profile, { recursive: true, force: true });
});

afterEach(async () => {
  for (const page of context.pages()) await page.close();
  const seen = problems;
  problems = [];
  assert.deepEqual(seen, [], 'the page logged errors or warnings');
});

async function openPage(url = base) {
  const page = await context.newPage();
  const watch = (where) => (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${where} console.${msg.type()}: ${msg.text()}`);
  };
  page.on('console', watch('page'));
  page.on('worker', (worker) => worker.on('console', watch('worker')));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return page;
}

// The native CLI's attributions for the same text: the reference.
function cliAttributions(text) {
  const run = spawnSync(CLI, ['annotate'], { input: `${JSON.stringify({ id: 't', text })}\n`, encoding: 'utf8' });
  assert.equal(run.status, 0, `build/saywho annotate failed: ${run.stderr}`);
  return JSON.parse(run.stdout).attributions;
}

// Wait for the status area to reach `tone`; waiting for "ok" also stops at
// an error, so a failure reports the page's own message, not a time-out.
async function waitForStatus(page, tone) {
  await page.waitForFunction((want) => {
    const now = document.querySelector('#status').dataset.tone;
    return now === want || now === 'error';
  }, tone, { timeout: 20_000 });
  const now = await page.locator('#status').getAttribute('data-tone');
  assert.equal(now, tone, `status: ${await page.locator('#status').textContent()}`);
}
const badgeLabels = (page) => page.locator('#article .badge').allTextContents();
const statusText = (page) => page.locator('#status').textContent();

for (const [name, text] of Object.entries(ARTICLES)) {
  test(`${name}: badges match the CLI, the panel groups them, a link reproduces them`, { timeout: TIMEOUT }, async () => {
    const expected = cliAttributions(text);
    const page = await openPage();
    await page.locator('#article-input').fill(text); // annotates by itself after input
    await waitForStatus(page, 'ok');
    if (expected.length) await page.locator('#article .badge').first().waitFor();

    const labels = await badgeLabels(page);
    assert.equal(labels.length, expected.length, 'one badge per attribution of the CLI');
    assert.deepEqual(labels, expected.map((a) => a.source_resolved || 'unattributed'), 'badges in order');

    // Who said what: every resolved source, with its number of claims.
    const counts = {};
    for (const a of expected) counts[a.source_resolved || 'Unattributed'] = (counts[a.source_resolved || 'Unattributed'] ?? 0) + 1;
    const groups = await page.locator('.who-group h3').evaluateAll((hs) =>
      hs.map((h) => [h.querySelector('.who-name').textContent, h.querySelector('.who-count').textContent]));
    assert.deepEqual(Object.fromEntries(groups),
      Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, `${n} claim${n === 1 ? '' : 's'}`])));
    if (name === 'design example') assert.ok(counts.Xinhua >= 2, `Xinhua has ${counts.Xinhua ?? 0} claims`);

    if (expected.length) {
      // Keyboard focus on a badge shows its details and names the claim.
      const badge = page.locator('#article .badge').first();
      await badge.focus();
      await page.locator('#claim-tip').waitFor({ state: 'visible' });
      const tip = await page.locator('#claim-tip').textContent();
      assert.ok(tip.includes(expected[0].rule), `tooltip names the rule: ${tip}`);
      assert.match(await badge.getAttribute('aria-label'), /^(claim by .+|unattributed claim), (quoted|reported|partly quoted)$/);
      await page.keyboard.press('Escape');
      await page.locator('#claim-tip').waitFor({ state: 'hidden' });

      // A claim in the panel scrolls to and focuses its badge.
      const last = page.locator('.who-claim').last();
      const target = await last.getAttribute('data-claim');
      await last.click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), `claim-${target}`);
    }

    // Share: the link alone must bring back the same annotations.
    await page.locator('#copy-link').click();
    await page.waitForFunction(() => location.hash.startsWith('#v1.') &&
      /Link copied|copy this link/.test(document.querySelector('#status').textContent));
    const link = page.url();
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
    if (copied !== null && /Link copied/.test(await statusText(page))) assert.equal(copied, link);

    const again = await openPage(link);
    await waitForStatus(again, 'ok');
    assert.equal(await again.locator('#article-input').inputValue(), text);
    assert.deepEqual(await badgeLabels(again), labels, 'same badges, same order');
  });
}

test('damaged links show a message and annotate nothing', { timeout: TIMEOUT }, async () => {
  const good = await encodeText(OWN_ARTICLE);
  const cases = {
    'bad base64': ['#v1.!!!', /This link is damaged/],
    'truncated': [`#${good.slice(0, -5)}`, /This link is damaged/],
    'newer version': ['#v9.abc', /newer version of saywho \(v9\)/],
  };
  for (const [name, [hash, pattern]] of Object.entries(cases)) {
    const page = await openPage(base + hash);
    await waitForStatus(page, 'error');
    assert.match(await statusText(page), pattern, name);
    assert.equal(await page.locator('#article .badge').count(), 0, `${name}: no badges`);
    assert.equal(await page.locator('#article-input').inputValue(), '', `${name}: textarea untouched`);
  }

  // A damaged hash arriving later leaves the current text alone.
  const page = await openPage();
  await page.locator('#article-input').fill('Some text of mine.');
  await page.locator('#annotate').click();
  await waitForStatus(page, 'ok');
  await page.evaluate(() => { location.hash = '#v7.xyz'; });
  await waitForStatus(page, 'error');
  assert.match(await statusText(page), /newer version of saywho \(v7\)/);
  assert.equal(await page.locator('#article-input').inputValue(), 'Some text of mine.');
});

test('a refused clipboard still hands over the link, selected', { timeout: TIMEOUT }, async () => {
  const refused = await openPage();
  await refused.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await refused.locator('#example').click();
  await waitForStatus(refused, 'ok');
  await refused.locator('#copy-link').click();
  const field = refused.locator('#status .link-field');
  await field.waitFor();
  assert.equal(await field.inputValue(), refused.url());
  assert.match(refused.url(), /#v1\./);
  assert.equal(await field.evaluate((el) => document.activeElement === el &&
    el.selectionStart === 0 && el.selectionEnd === el.value.length), true, 'the link is selected');
});

test('markup in the text is shown as text and never runs', { timeout: TIMEOUT }, async () => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const page = await openPage();
  await page.locator('#article-input').fill(payload);
  await page.locator('#annotate').click();
  await waitForStatus(page, 'ok');
  assert.equal(await page.locator('#article p').first().textContent(), payload);
  assert.equal(await page.locator('#article img, #article script').count(), 0);
  await page.waitForTimeout(300); // give an injected onerror its chance
  assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
});

test('empty and oversized input get a message, not an error', { timeout: TIMEOUT }, async () => {
  const page = await openPage();
  await page.locator('#article-input').fill('   ');
  await page.locator('#annotate').click();
  await page.waitForFunction(() => /Nothing to annotate/.test(document.querySelector('#status').textContent));
  assert.notEqual(await page.locator('#status').getAttribute('data-tone'), 'error');

  // Just over 2 MB, set directly: typing it would take a while.
  await page.evaluate(() => {
    const box = document.querySelector('#article-input');
    box.value = 'He said so. '.repeat(Math.ceil((2 * 1024 * 1024 + 1) / 12));
  });
  await page.locator('#annotate').click();
  await waitForStatus(page, 'error');
  assert.match(await statusText(page), /up to 2 MB/);
  assert.equal(await page.locator('#article .badge').count(), 0);
});

test('screenshots at 1280 px and 375 px', { timeout: TIMEOUT }, async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const text = ARTICLES['design example'] ?? OWN_ARTICLE;
  for (const [width, scheme, file] of [
    [1280, 'light', 'page-1280.png'], [375, 'light', 'page-375.png'], [1280, 'dark', 'page-1280-dark.png'],
  ]) {
    const page = await openPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 900 });
    await page.locator('#article-input').fill(text);
    await page.locator('#annotate').click();
    await waitForStatus(page, 'ok');
    // Show one claim's details, as a reader hovering it would see them.
    const badge = page.locator('#article .badge').nth(1);
    if (await badge.count()) await badge.focus();
    await page.screenshot({ path: path.join(ARTIFACTS, file), fullPage: true });
    await page.close();
  }
});
