// Shortens the names on the boundary between the wasm and its JS glue, as emscripten does.
//
// wasm-bindgen names each import after the browser API it calls plus a hash
// (`__wbg_getElementById_7ee213db584f37b0`), and each one is written twice: in the wasm's import
// section and as a key of the glue's import object. The hashes are random, so gzip cannot shrink
// them: about 200 such names cost 3.3 KB of gzip in the wasm and 2.7 KB in the JS. Binaryen's
// `--minify-imports-and-exports-and-modules` pass renames them (and the exports, and the import
// module) to names of one to three characters and prints the mapping; the same mapping is then
// applied to the glue. Run by scripts/post-build.mjs on release builds, before the glue is
// minified.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** The wasm features rustc's output uses; binaryen validates the module against them. */
const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `js`, wasm-bindgen's unminified glue, with the names of `mapping` (binaryen's output:
 * `imports` as [module, old, new], `exports` as [old, new]) and the import module renamed to
 * `module`. Every import must be a key of the import object exactly once, and every export is
 * read as `wasm.name`. Throws when the glue is not shaped as expected, so a
 * wasm-bindgen upgrade that changes it fails the build instead of the app.
 */
export function renameInGlue(js, mapping, module) {
  let out = js;
  const modules = new Set(mapping.imports.map(([from]) => from));
  if (modules.size !== 1) throw new Error(`boundary names: expected one import module, found ${[...modules].join(', ')}`);
  const [from] = modules;
  const moduleKey = new RegExp(`"${escape(from)}"(\\s*:)`, 'g');
  const moduleKeys = out.match(moduleKey) ?? [];
  if (moduleKeys.length !== 1) throw new Error(`boundary names: the import module "${from}" is a key ${moduleKeys.length} times in the glue`);
  out = out.replace(moduleKey, (_, colon) => `${JSON.stringify(module)}${colon}`);
  // One pass for each kind, so that no name is renamed twice.
  const imports = new Map(mapping.imports.map(([, old, name]) => [old, name]));
  const found = new Map();
  const keys = new RegExp(`([{,\\s])(${[...imports.keys()].map(escape).join('|')})(\\s*:)`, 'g');
  out = out.replace(keys, (_, before, old, colon) => {
    found.set(old, (found.get(old) ?? 0) + 1);
    return `${before}${imports.get(old)}${colon}`;
  });
  for (const old of imports.keys()) {
    const times = found.get(old) ?? 0;
    if (times !== 1) throw new Error(`boundary names: import ${old} is a key ${times} times in the glue`);
  }
  const exports = new Map(mapping.exports);
  // An export read any other way would keep its old name and fail to link at run time.
  const count = (pattern) => (out.match(new RegExp(pattern, 'g')) ?? []).length;
  for (const old of exports.keys()) {
    const end = '(?![\\w$])';
    if (count(`\\.${escape(old)}${end}`) !== count(`\\bwasm\\.${escape(old)}${end}`)) {
      throw new Error(`boundary names: the glue reads export ${old} other than as wasm.${old}`);
    }
  }
  const reads = new RegExp(`\\bwasm\\.(${[...exports.keys()].map(escape).join('|')})(?![\\w$])`, 'g');
  out = out.replace(reads, (_, old) => `wasm.${exports.get(old)}`);
  return out;
}

/** The mapping binaryen printed, checked for the shape `renameInGlue` expects. */
export function readMapping(printed) {
  let mapping;
  try {
    mapping = JSON.parse(printed);
  } catch (error) {
    throw new Error(`boundary names: wasm-opt printed no mapping (${error.message}): ${printed.slice(0, 200)}`);
  }
  const pairs = (list, width) => Array.isArray(list) && list.every((row) => Array.isArray(row) && row.length === width && row.every((n) => typeof n === 'string'));
  if (!pairs(mapping.imports, 3) || !pairs(mapping.exports, 2)) {
    throw new Error('boundary names: the mapping wasm-opt printed is not {imports: [[module, old, new]], exports: [[old, new]]}');
  }
  return mapping;
}

/** Renames the boundary names of the wasm at `wasmPath` (optimising it once more on the way)
 * and of its glue at `jsPath`, in place. Returns the sizes before and after. */
export function minifyBoundaryNames(wasmPath, jsPath) {
  const before = { wasm: readFileSync(wasmPath).length, js: readFileSync(jsPath).length };
  // A second -Oz round (Trunk ran the first) finds about 0.9 KB of gzip more.
  const run = spawnSync('wasm-opt', ['-Oz', '--minify-imports-and-exports-and-modules', ...FEATURES, wasmPath, '-o', wasmPath], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) {
    throw new Error(`boundary names: wasm-opt failed: ${run.error?.message ?? run.stderr}`);
  }
  const mapping = readMapping(run.stdout);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
  const modules = new Set(imports.map((entry) => entry.module));
  if (modules.size !== 1) throw new Error(`boundary names: the wasm now imports from ${[...modules].join(', ')}`);
  const [module] = modules;
  const renamed = new Set(mapping.imports.map(([, , name]) => name));
  const unmapped = imports.filter((entry) => !renamed.has(entry.name));
  if (unmapped.length > 0) throw new Error(`boundary names: imports missing from the mapping: ${unmapped.map((e) => e.name).join(', ')}`);
  const js = renameInGlue(readFileSync(jsPath, 'utf8'), mapping, module);
  writeFileSync(jsPath, js);
  return { before, after: { wasm: readFileSync(wasmPath).length, js: js.length } };
}
