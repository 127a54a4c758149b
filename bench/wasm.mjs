// Throughput of the wasm module in node, beside compromise and wink-nlp on
// the same texts in the same process.
//   node bench/wasm.mjs CORPUS.jsonl
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import createSaywho from '../build/wasm/saywho.mjs';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const texts = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Median seconds over `runs` passes of `fn` over every text, after a warm-up.
function time(fn, runs) {
  for (const t of texts.slice(0, 20)) fn(t);
  const seconds = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (const t of texts) fn(t);
    seconds.push((performance.now() - start) / 1000);
  }
  return median(seconds);
}

const saywho = await createSaywho({ wasmBinary: fs.readFileSync(new URL('../build/wasm/saywho.wasm', import.meta.url)) });
const wink = winkNLP(model);

const results = [
  ['saywho (wasm)', time((t) => JSON.parse(saywho.annotate(t)), 5)],
  ['compromise quotations()', time((t) => nlp(t).quotations().json(), 1)],
  ['wink-nlp readDoc+sentences', time((t) => wink.readDoc(t).sentences().out(), 3)],
];
const ours = results[0][1];
console.log(`${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB, node ${process.version}`);
console.log('library                         MB/s   saywho is N x faster');
for (const [name, seconds] of results) {
  const rate = bytes / 1e6 / seconds;
  console.log(`${name.padEnd(30)} ${rate.toFixed(2).padStart(6)}   ${(seconds / ours).toFixed(1)}`);
}
