// @ts-check
// The document with every $ref followed. Spectral's resolved document is not that on a many-file spec: its resolver
// reuses one runner per file and grows that runner's "files above me" stack on every visit, so later uses of a file
// keep some nested $refs as they are (ErrorEnvelope's branches under most operations), and its inventory has no edge
// for them. Rules that need whole trees (an example against its full schema) read this view instead, built from the
// files Spectral parsed. Its paths are the logical paths of the resolved document, which Spectral maps to the file and
// line each node comes from.
import { readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { parse } from 'yaml';

/** @typedef {import('./walk.js').Node} Node */
/** @typedef {{ data: unknown, source?: string | null }} ParsedFile */
/** @typedef {{ document: ParsedFile, referencedDocuments: Record<string, ParsedFile> }} Inventory */

/** Keys a Reference Object may carry beside $ref without changing what it points to. */
const REFERENCE_KEYS = new Set(['$ref', 'summary', 'description']);

/** @param {string} fragment  a JSON pointer such as /components/schemas/A~1B */
const pointer = (fragment) =>
  fragment
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * @param {{ documentInventory: unknown }} context  a rule function's third argument
 * @returns {{ root: Node, unresolved: string[] }} the root document with every $ref replaced by its target (shared
 *   targets are shared objects); `unresolved` lists the refs left as they are: a missing file or pointer, which
 *   spectral:oas's invalid-ref reports, or a circular one
 */
export function fullyResolved(context) {
  const inventory = /** @type {Inventory} */ (context.documentInventory);
  const cached = views.get(inventory);
  if (cached) return cached;
  const view = build(inventory);
  views.set(inventory, view);
  return view;
}

/** One view per lint run: every rule that reads it shares it. */
const views = new WeakMap();

/**
 * @param {Inventory} inventory
 * @returns {{ root: Node, unresolved: string[] }}
 */
function build(inventory) {
  const rootFile = inventory.document.source ?? '';
  /** @type {Map<string, ParsedFile | undefined>} */
  const fromDisk = new Map();
  /**
   * A file Spectral's inventory lacks is read from disk: its resolver leaves some files out (one seen:
   * ValidationErrorItem.yaml, under every error response), and without them every example below such a schema went
   * unchecked. A file that is not there or does not parse stays missing: invalid-ref and the YAML step report it.
   * @param {string} file
   * @returns {ParsedFile | undefined}
   */
  const parsed = (file) => {
    if (file === rootFile) return inventory.document;
    const known = inventory.referencedDocuments[file];
    if (known) return known;
    if (!fromDisk.has(file)) {
      try {
        fromDisk.set(file, { data: parse(readFileSync(file, 'utf8')), source: file });
      } catch {
        fromDisk.set(file, undefined);
      }
    }
    return fromDisk.get(file);
  };
  /** @type {WeakMap<object, unknown>} */
  const done = new WeakMap();
  /** @type {Set<object>} */
  const inProgress = new Set();
  /** @type {string[]} */
  const unresolved = [];

  /**
   * @param {unknown} node  a node as parsed from `file`
   * @param {string} file
   * @returns {unknown}
   */
  function resolve(node, file) {
    if (!node || typeof node !== 'object') return node;
    if (done.has(node)) return done.get(node);
    const ref = /** @type {Node} */ (node).$ref;
    if (typeof ref === 'string' && !Array.isArray(node)) {
      const [target, targetFile] = follow(ref, file);
      if (target === undefined || inProgress.has(/** @type {object} */ (target))) {
        unresolved.push(`${ref} in ${file}`);
        return node;
      }
      inProgress.add(node);
      const whole = resolve(target, targetFile);
      const extra = Object.entries(node).filter(([k]) => !REFERENCE_KEYS.has(k));
      // A 3.1 schema may constrain a $ref further (`$ref` + `maxLength`): both apply.
      const result = extra.length === 0 ? whole : { ...Object.fromEntries(extra.map(([k, v]) => [k, resolve(v, file)])), allOf: [whole] };
      inProgress.delete(node);
      done.set(node, result);
      return result;
    }
    inProgress.add(node);
    const copy = Array.isArray(node) ? node.map((v) => resolve(v, file)) : Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolve(v, file)]));
    inProgress.delete(node);
    done.set(node, copy);
    return copy;
  }

  /**
   * @param {string} ref
   * @param {string} file  the file the $ref is written in
   * @returns {[unknown, string]} the target node and the file it is in
   */
  function follow(ref, file) {
    const hash = ref.indexOf('#');
    const location = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    const targetFile = location ? resolvePath(dirname(file), decodeURI(location)) : file;
    const data = parsed(targetFile)?.data;
    return [pointer(fragment).reduce((/** @type {any} */ v, k) => v?.[k], data), targetFile];
  }

  return { root: /** @type {Node} */ (resolve(parsed(rootFile)?.data, rootFile)), unresolved };
}
