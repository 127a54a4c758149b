// End to end: the built site in headless Chromium (setup in helpers.mjs):
// badges against the CLI, links, damaged links, the clipboard, markup,
// input limits. Needs `bash scripts/build` first; run with
// `node --test --test-concurrency=1 tests/browser/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeText } from '../../web/link.js';
import {
  useBrowser, env, openPage, cliAttributions, waitForStatus, badgeLabels, statusText,
  OWN_ARTICLE, DESIGN_EXAMPLE, TIMEOUT,
} from './helpers.mjs';

useBrowser();

const ARTICLES = { 'own article': OWN_ARTICLE };
if (DESIGN_EXAMPLE) ARTICLES['design example'] = DESIGN_EXAMPLE;

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
    await page.waitForFunction(() => location.hash.startsWith('#v2.') &&
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
  const good = await encodeText(OWN_ARTICLE); // a v1 link, cut short below
  const cases = {
    'bad base64': ['#v1.!!!', /This link is damaged/],
    'truncated': [`#${good.slice(0, -5)}`, /This link is damaged/],
    'newer version': ['#v9.abc', /newer version of saywho \(v9\)/],
  };
  for (const [name, [hash, pattern]] of Object.entries(cases)) {
    const page = await openPage(env.base + hash);
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
  await refused.waitForFunction(() => /copy it yourself/.test(document.querySelector('#status').textContent));
  const field = refused.locator('#link-field');
  assert.equal(await field.inputValue(), refused.url());
  assert.match(refused.url(), /#v2\./);
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
