// The renaming of the names between the wasm and its JS glue (scripts/boundary-names.mjs).
// The Playwright tests load the renamed build; these check the renaming itself, and that the
// release build in DIST (default dist/) has it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMapping, renameInGlue } from '../scripts/boundary-names.mjs';

const DIST = process.env.DIST ?? 'dist';

// The shape of wasm-bindgen's glue: an import object of named functions under the module's
// name, and exports read as `wasm.name`. A local function may share an export's name.
const glue = `
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_getElementById_7ee213db584f37b0: function(arg0, arg1, arg2) {
            return arg0.getElementById(getStringFromWasm0(arg1, arg2));
        },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
        },
    };
    return {
        __proto__: null,
        "./devops-workshop_bg.js": import0,
    };
}
function wasm_bindgen__convert__closures_____invoke__h1(arg0) {
    wasm.wasm_bindgen__convert__closures_____invoke__h1(arg0);
}
function pass(s) { const ptr = wasm.__wbindgen_malloc(s.length); return wasm.memory.buffer; }
`;

const mapping = {
  imports: [
    ['./devops-workshop_bg.js', '__wbg_getElementById_7ee213db584f37b0', '$'],
    ['./devops-workshop_bg.js', '__wbindgen_init_externref_table', 'b'],
  ],
  exports: [
    ['__wbindgen_externrefs', 'c'],
    ['wasm_bindgen__convert__closures_____invoke__h1', 'd'],
    ['__wbindgen_malloc', 'e'],
    ['memory', 'f'],
    ['main', 'g'],
  ],
};

test('imports, exports and the module get their short names in the glue', () => {
  const renamed = renameInGlue(glue, mapping, 'a');
  assert.match(renamed, /\s\$: function\(arg0, arg1, arg2\)/);
  assert.match(renamed, /\sb: function\(\)/);
  assert.match(renamed, /"a": import0/);
  for (const [old, name] of mapping.exports.filter(([old]) => old !== 'main')) {
    assert.ok(renamed.includes(`wasm.${name}`), `wasm.${old} became wasm.${name}`);
    assert.ok(!renamed.includes(`wasm.${old}`), `no wasm.${old} is left`);
  }
  for (const [, old] of mapping.imports) assert.ok(!renamed.includes(old), `${old} is gone`);
  // The local function keeps its name: only reads of the export are renamed.
  assert.match(renamed, /function wasm_bindgen__convert__closures_____invoke__h1\(arg0\)/);
  // The renamed glue is still JavaScript.
  assert.doesNotThrow(() => new Function(renamed));
});

test('a glue that does not provide an import fails the build', () => {
  const missing = {
    ...mapping,
    imports: [...mapping.imports, ['./devops-workshop_bg.js', '__wbg_absent_0123456789abcdef', 'z']],
  };
  assert.throws(() => renameInGlue(glue, missing, 'a'), /__wbg_absent_0123456789abcdef is a key 0 times/);
  const twoModules = {
    ...mapping,
    imports: [...mapping.imports, ['env', 'other', 'y']],
  };
  assert.throws(() => renameInGlue(glue, twoModules, 'a'), /expected one import module/);
});

test('an export read other than as wasm.name fails the build', () => {
  const otherRead = `${glue}\nconst malloc = instance.exports.__wbindgen_malloc;\n`;
  assert.throws(() => renameInGlue(otherRead, mapping, 'a'), /reads export __wbindgen_malloc other than as wasm/);
});

test('each name is renamed once, even when an old name is another one\'s new name', () => {
  const swapped = {
    imports: mapping.imports,
    exports: [['__wbindgen_malloc', 'memory'], ['memory', 'f'], ['__wbindgen_externrefs', 'c'], ['wasm_bindgen__convert__closures_____invoke__h1', 'd']],
  };
  const renamed = renameInGlue(glue, swapped, 'a');
  assert.match(renamed, /wasm\.memory\(s\.length\)/, 'wasm.__wbindgen_malloc became wasm.memory');
  assert.match(renamed, /wasm\.f\.buffer/, 'wasm.memory became wasm.f, once');
});

test('a mapping of another shape is refused with what was printed', () => {
  assert.throws(() => readMapping('warning: no passes'), /wasm-opt printed no mapping/);
  assert.throws(() => readMapping('{"imports": [["a", "b"]], "exports": []}'), /is not \{imports/);
  assert.deepEqual(readMapping(JSON.stringify(mapping)), mapping);
});

test('the release build has short boundary names', () => {
  const wasm = readdirSync(DIST).find((file) => file.endsWith('_bg.wasm'));
  assert.ok(wasm, `${DIST}/ has a wasm file`);
  const module = new WebAssembly.Module(readFileSync(join(DIST, wasm)));
  const names = [...WebAssembly.Module.imports(module), ...WebAssembly.Module.exports(module)].map((e) => e.name);
  assert.ok(names.length > 100, `${names.length} imports and exports`);
  const long = names.filter((name) => name.length > 3);
  assert.deepEqual(long, [], 'every import and export name is at most 3 characters');
});

test('the release build names its wasm and JS after their final content', () => {
  const wasm = readdirSync(DIST).find((file) => file.endsWith('_bg.wasm'));
  const js = wasm.replace(/_bg\.wasm$/, '.js');
  const hash = createHash('sha256')
    .update(readFileSync(join(DIST, wasm)))
    .update(readFileSync(join(DIST, js)))
    .digest('hex')
    .slice(0, 16);
  assert.equal(wasm, `devops-workshop-${hash}_bg.wasm`);
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.ok(html.includes(`./${js}`) && html.includes(`./${wasm}`), 'index.html loads both by their new names');
});
