// The real locale bundles, flattened to dotted keys, so that tests assert against the text the
// app ships rather than copies of it.
import { readdirSync, readFileSync } from 'node:fs';

function flatten(value, prefix = '', out = {}) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out[path] = child;
    else flatten(child, path, out);
  }
  return out;
}

export const LANGS = ['en', 'nl', 'fr'];

function readLocale(lang) {
  const dir = new URL(`../../locales/${lang}/`, import.meta.url);
  const merged = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    Object.assign(merged, flatten(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))));
  }
  return merged;
}

export const bundles = Object.fromEntries(LANGS.map((lang) => [lang, readLocale(lang)]));

/** The text of `key` in `lang`, with `{name}` placeholders filled from `args`. */
export function t(lang, key, args = {}) {
  const text = bundles[lang][key];
  if (text === undefined) throw new Error(`no key ${key} in ${lang}`);
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

/** Every screen's path, in the workshop's order: src/content/screen_id.rs ScreenId::ORDER. */
export const SCREEN_PATHS = [
  '', 'cast', 'act/1', 'act/2', 'act/3', 'act/final',
  'deck/quote', 'deck/qa', 'deck/shifts', 'deck/why', 'deck/dora', 'deck/department', 'deck/pillars',
  'deck/pillar/1', 'deck/pillar/2', 'deck/pillar/3', 'deck/pillars/check', 'deck/team',
  'plan', 'summary',
];

/** The address, after the language, of step `step` (from 1) of the screen at `path`: the
 * screen's own for its first step, then `act/1/2`; the opening's steps are `2`, `3`… */
export function stepPath(path, step) {
  if (step === 1) return path;
  return path ? `${path}/${step}` : `${step}`;
}

/** How many screens the workshop has. */
export const SCREEN_COUNT = SCREEN_PATHS.length;
