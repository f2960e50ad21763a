// The real locale bundles, flattened to dotted keys, so that tests assert against the text the
// app ships rather than copies of it.
import { readFileSync } from 'node:fs';

function flatten(value, prefix = '', out = {}) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out[path] = child;
    else flatten(child, path, out);
  }
  return out;
}

export const LANGS = ['en', 'nl', 'fr'];

export const bundles = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    flatten(JSON.parse(readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8'))),
  ]),
);

/** The text of `key` in `lang`, with `{name}` placeholders filled from `args`. */
export function t(lang, key, args = {}) {
  const text = bundles[lang][key];
  if (text === undefined) throw new Error(`no key ${key} in ${lang}`);
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

/** How many screens the workshop has: src/content/screen_id.rs ScreenId::ORDER. */
export const SCREEN_COUNT = 16;
