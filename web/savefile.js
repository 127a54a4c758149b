// The .saywho.json file: the same view as a link (text and corrections),
// plus the attributions shown, for links too long to share. Pure functions.
//
//   {"saywho": 1, "text": "...", "corrections": [...],
//    "attributions": [... in the CLI's format, code points ...]}
//
// "saywho" is this file format's version. Reading checks every field and
// answers {error} with what is wrong, so a bad file never half-loads.

import { validateCorrections } from './corrections.js';
import { codePointLength } from './offsets.js';

export const FILE_VERSION = 1;
/** Larger files are refused before parsing (the page reads texts up to 2 MB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The file's JSON text. `attributions`: CLI-format claims (exports.js). */
export function makeSaveFile({ text, corrections, attributions }) {
  return `${JSON.stringify({ saywho: FILE_VERSION, text, corrections, attributions }, null, 1)}\n`;
}

const bad = (why) => ({ error: `This file cannot be opened: ${why}` });

/** readSaveFile for the file's bytes, which must be UTF-8 (with or without a BOM). */
export function readSaveFileBytes(bytes) {
  let json;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bad('it is not UTF-8 text.');
  }
  return readSaveFile(json);
}

/** `{text, corrections, attributions}` from a file's text, or `{error}`. Never throws. */
export function readSaveFile(json) {
  if (typeof json !== 'string') return bad('it is not text.');
  let data;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return bad(`it is not valid JSON (${String(e.message).slice(0, 80)}).`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return bad('it is not a saywho view.');
  if (!('saywho' in data)) return bad('it has no "saywho" version field, so it is not a saywho view.');
  if (!Number.isInteger(data.saywho) || data.saywho < 1) return bad('its "saywho" version is not a number.');
  if (data.saywho > FILE_VERSION) {
    return bad(`it was made by a newer version of saywho (file format ${data.saywho}); reload the page and try again.`);
  }
  if (typeof data.text !== 'string') return bad('its "text" is missing or not text.');
  const checked = validateCorrections(data.corrections ?? []);
  if (checked.error) return bad(checked.error.replace(/^correction/, '"corrections": correction'));

  const attributions = data.attributions ?? [];
  if (!Array.isArray(attributions)) return bad('its "attributions" are not a list.');
  const length = codePointLength(data.text);
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    const where = `attribution ${k + 1}`;
    if (!a || typeof a !== 'object') return bad(`${where} is not an object.`);
    for (const key of ['content', 'source', 'cue']) {
      const s = a[key];
      if (s === null || (s === undefined && key !== 'content')) continue;
      if (!s || typeof s !== 'object') return bad(`${where} has no ${key}.`);
      if (!Number.isSafeInteger(s.start) || !Number.isSafeInteger(s.end)) {
        return bad(`${where}: its ${key} positions are not whole numbers.`);
      }
      if (s.start < 0 || s.end < s.start || s.end > length) {
        return bad(`${where}: its ${key} (${s.start}–${s.end}) lies outside the text (${length} characters).`);
      }
    }
    if (a.source_resolved != null && typeof a.source_resolved !== 'string') {
      return bad(`${where}: its source_resolved is not text.`);
    }
  }
  return { text: data.text, corrections: checked.corrections, attributions };
}

/** A file name for a download: "saywho-chinese-officials-this-week.saywho.json". */
export function fileNameFor(text, extension) {
  const words = text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim().split(/\s+/).slice(0, 5).join('-').slice(0, 48).replace(/-+$/, '');
  return `saywho${words ? `-${words}` : ''}${extension}`;
}
