// @ts-check
import { behaviourSites, isObject, resourcesOf } from './behaviourData.js';
import { fullyResolved } from './resolve.js';
import { finding } from './walk.js';

/** @typedef {import('./walk.js').Node} Node */

const FIDELITIES = ['documented', 'designed'];

/** A list's filters bound a date field with a `...From`/`...To` pair: the only lists a badDateRange applies to. @param {Node} b */
const hasDateRange = (b) => isObject(b.filters) && Object.entries(b.filters).some(([key, field]) => /From$/.test(key) && /^dts/.test(String(field)));

/**
 * The situations the sandbox meets that the spec names the answer of (openapi/README.md "Declared errors"): which
 * behaviour kinds take each key, whether they must, and what the missing declaration's finding asks for.
 * @type {{ key: string, applies: (b: Node, resources: Record<string, Node>) => boolean, required: boolean, situation: (b: Node) => string, needs: string, example: string }[]}
 */
const DECLARATIONS = [
  {
    key: 'notFound',
    applies: (b) => ['get', 'update', 'transition'].includes(b.kind),
    required: true,
    situation: (b) => `looks a ${b.resource} record up by ${b.lookup ?? '(no lookup)'}`,
    needs: 'looks a record up (get, update, transition)',
    example: 'the error example answered when no record has that value',
  },
  {
    key: 'duplicate',
    applies: (b, resources) => ['create', 'validate'].includes(b.kind) && typeof resources[b.resource]?.referenceField === 'string',
    required: true,
    situation: (b) => `creates a ${b.resource} record, deduplicated by its reference`,
    needs: 'creates a record of a resource with a referenceField (create, validate)',
    example: 'the error example answered for a reference already used',
  },
  {
    key: 'wrongPassword',
    applies: (b) => ['auth', 'password'].includes(b.kind),
    required: true,
    situation: (b) => (b.kind === 'auth' ? 'checks a login and password' : 'checks the old password'),
    needs: 'checks a password (auth, password)',
    example: 'the error example answered when the password does not match',
  },
  {
    key: 'badDateRange',
    applies: (b) => ['list', 'export'].includes(b.kind) && hasDateRange(b),
    required: false,
    situation: () => 'filters by a date range',
    needs: 'filters by a ...From/...To date pair (list, export)',
    example: 'the error example answered for a range that ends before it starts',
  },
];

/**
 * Each situation's answer is declared, not guessed from error names: an operation whose kind meets it names the error
 * example (`{ error, fidelity }`; the name is checked by cfi-sandbox-errors), and only such an operation does.
 * @param {Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function sandboxDeclaredErrors(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  const resources = resourcesOf(root);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const site of behaviourSites(root)) {
    const b = site.behaviour;
    if (!isObject(b)) continue; // cfi-sandbox-resources reports it
    const base = [...site.path, 'x-connectfi-behaviour'];
    /** @param {string} message @param {import('./walk.js').JsonPath} path */
    const report = (message, path) => results.push(finding(`${site.label}: ${message}`, 'declared-errors', path));
    for (const d of DECLARATIONS) {
      const value = b[d.key];
      const applies = d.applies(b, resources);
      if (value === undefined) {
        if (applies && d.required) report(`${d.situation(b)} but names no ${d.key} error; add ${d.key}: { error: <${d.example}>, fidelity: documented | designed }`, base);
        continue;
      }
      if (!applies) report(`${d.key} is for an operation that ${d.needs}; this ${b.kind}${b.resource ? ` of ${b.resource}` : ''} never answers it, so remove it`, [...base, d.key]);
      else if (!isObject(value) || typeof value.error !== 'string') report(`${d.key} ${JSON.stringify(value)} must be { error: <error example name>, fidelity: documented | designed }`, [...base, d.key]);
      else if (!FIDELITIES.includes(value.fidelity)) report(`${d.key}.fidelity ${JSON.stringify(value.fidelity)} must be documented (the vendor's answer) or designed`, [...base, d.key]);
    }
  }
  return results;
}
