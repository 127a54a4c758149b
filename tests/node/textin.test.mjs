// Getting text in: file kinds, HTML reduced to text (never rendered),
// Markdown markup removed, the input counter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileKind, textFromFile, htmlToText, decodeEntities, markdownToText, countText } from '../../web/textin.js';

test('fileKind from the name', () => {
  const table = [
    ['article.txt', 'text'], ['NOTES.MD', 'markdown'], ['page.html', 'html'], ['page.htm', 'html'],
    ['view.saywho.json', 'view'], ['export.json', 'view'], ['README', 'text'], ['photo.png', null], ['doc.pdf', null],
  ];
  for (const [name, kind] of table) assert.equal(fileKind(name), kind, name);
});

const HTML = [
  ['paragraphs become blank lines', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
  ['br is a line break', 'a<br>b<br/>c', 'a\nb\nc'],
  ['inline tags vanish, spaces collapse', '<p>The <b>mayor</b>\n   <a href="x">said</a> so.</p>', 'The mayor said so.'],
  ['scripts and styles are dropped with their content', '<style>p{}</style><p>Text</p><script>alert("<p>x</p>")</script>', 'Text'],
  ['head and title are dropped', '<html><head><title>T</title><meta charset=utf-8></head><body><p>Body</p></body></html>', 'Body'],
  ['comments and doctype vanish', '<!doctype html><!-- <p>hidden</p> --><p>Shown</p>', 'Shown'],
  ['attributes with > inside quotes', '<p title="a>b">Text</p>', 'Text'],
  ['entities decoded once', '<p>&ldquo;Yes,&rdquo; she said &amp; left. &amp;lt;</p>', '“Yes,” she said & left. &lt;'],
  ['numeric references', '&#8220;&#x1F600;&#0;&#xD800;&#x110000;', '“😀\ufffd\ufffd\ufffd'],
  ['event handlers are just dropped with the tag', '<img src=x onerror="alert(1)"><p>Safe</p>', 'Safe'],
  ['nbsp becomes a space', '<p>a&nbsp;b</p>', 'a b'],
  ['unclosed tag at the end', '<p>Text<b', 'Text'],
  ['list items on their own lines', '<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
  ['unclosed script drops the rest', '<p>a</p><script>var x = "<p>b</p>"', 'a'],
];
for (const [name, html, text] of HTML) {
  test(`htmlToText: ${name}`, () => assert.equal(htmlToText(html), text));
}

test('decodeEntities leaves unknown names as written', () => {
  assert.equal(decodeEntities('&bogus; &amp &eacute;'), '&bogus; & é');
});

test('markdownToText keeps the words, drops the markup', () => {
  const md = '# Title\n\n> “We **will** act,” said [Ana](https://x.y).\n\n* item with *emphasis*\n\n---\n\n![a photo](p.png) `code`';
  assert.equal(markdownToText(md), 'Title\n\n“We will act,” said Ana.\n\n* item with emphasis\n\na photo code');
});

test('textFromFile: UTF-8 with or without BOM; other encodings and binaries refused', () => {
  const enc = (s) => new TextEncoder().encode(s);
  assert.deepEqual(textFromFile('text', enc('\uFEFFHello\r\nworld')), { text: 'Hello\nworld' });
  assert.deepEqual(textFromFile('html', enc('<p>Hi</p>')), { text: 'Hi' });
  assert.match(textFromFile('text', Uint8Array.of(0x48, 0xe9, 0x6c)).error, /not UTF-8/);
  assert.match(textFromFile('text', Uint8Array.of(0x48, 0, 0x6c)).error, /binary/);
});

test('countText counts characters as people see them and words', () => {
  assert.deepEqual(countText(''), { chars: 0, words: 0 });
  assert.deepEqual(countText('  The mayor\u00a0said 😀 \n新华社 '), { chars: 24, words: 5 });
});
