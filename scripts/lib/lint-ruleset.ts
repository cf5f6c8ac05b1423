// openapi/lint/ruleset.yaml as a Spectral Ruleset, built the way `spectral lint --ruleset` builds it (its migrator
// turns the YAML into a JS ruleset: `extends` names into the rulesets they name, `functions` into the modules of
// `functionsDir`, function names into those modules or Spectral's core functions, format names into Spectral's
// formats) but by importing the modules directly. The CLI writes that JS out and bundles it with Rollup, which cost
// about 1 s of the lint's CPU for the same Ruleset object. Keys the migrator would rewrite and this does not know
// (`except`, legacy rule names) are refused with their name, never dropped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);

/**
 * The `spectral:` rulesets of @stoplight/spectral-rulesets, each required from its own folder: the package's index
 * loads all three, and the AsyncAPI one brings every AsyncAPI JSON schema (about 0.2 s) to a lint that never uses it.
 */
const BUILT_IN_RULESETS: Record<string, string> = { 'spectral:oas': 'oas', 'spectral:asyncapi': 'asyncapi', 'spectral:arazzo': 'arazzo' };
/** Every key a ruleset file may hold that this loader turns into what the migrator would. */
const KNOWN_KEYS = new Set(['extends', 'rules', 'overrides', 'formats', 'aliases', 'functions', 'functionsDir', 'documentationUrl', 'description', 'parserOptions']);

type Json = Record<string, any>;

/** A CommonJS module's default export as a bundler's import of it reads it. */
const defaultExport = (mod: any) => (mod?.__esModule && 'default' in mod ? mod.default : mod);

/** Spectral's export name for a format (`oas3.1` -> oas3_1, `json-schema-draft7` -> jsonSchemaDraft7), as the migrator derives it. */
function formatOf(name: string): unknown {
  const alias: Record<string, string> = { 'json-schema-2019-09': 'json-schema-draft-2019-09', 'json-schema-2020-12': 'json-schema-draft-2020-12' };
  const id = (alias[name] ?? name).replace(/\.|([0-9])-(?=[0-9])/g, '$1_').replace(/-([0-9a-z])/g, (_, c: string) => c.toUpperCase());
  const format = require('@stoplight/spectral-formats')[id];
  if (format === undefined) throw new Error(`ruleset: unknown format "${name}"`);
  return format;
}

const formatsOf = (names: unknown) => {
  if (!Array.isArray(names)) throw new Error('ruleset: `formats` must be a list of format names');
  return [...new Set(names.map(String))].map(formatOf);
};

/** A ruleset named in `extends`: a built-in one, or a package or file whose (default) export is a JS ruleset. */
function extended(name: string, from: string): unknown {
  if (name in BUILT_IN_RULESETS) return defaultExport(require(`@stoplight/spectral-rulesets/dist/${BUILT_IN_RULESETS[name]}`));
  const file = require.resolve(name.startsWith('.') ? resolve(from, name) : name, { paths: [from] });
  if (!/\.[cm]?js$/.test(file)) throw new Error(`ruleset: extends "${name}" resolves to ${file}; only JavaScript rulesets can be extended here`);
  return defaultExport(require(file));
}

function extendsOf(value: unknown, from: string): unknown {
  const one = (entry: unknown) => (Array.isArray(entry) ? [extended(String(entry[0]), from), entry[1]] : extended(String(entry), from));
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** A rule's `then` with each function name replaced by the function: ours first, then Spectral's core functions. */
function rulesOf(rules: Json, own: Map<string, unknown>): Json {
  const core = require('@stoplight/spectral-functions');
  const withFunction = (then: Json) => {
    if (typeof then?.function !== 'string') return then;
    const fn = own.get(then.function) ?? (Object.hasOwn(core, then.function) ? core[then.function] : undefined);
    if (fn === undefined) throw new Error(`ruleset: function "${then.function}" is neither listed in \`functions\` nor one of Spectral's`);
    return { ...then, function: fn };
  };
  return Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => {
      if (rule === null || typeof rule !== 'object') return [name, rule];
      const out: Json = { ...rule };
      if (rule.then !== undefined) out.then = Array.isArray(rule.then) ? rule.then.map(withFunction) : withFunction(rule.then);
      if (rule.formats !== undefined) out.formats = formatsOf(rule.formats);
      return [name, out];
    }),
  );
}

/** The parts of a ruleset (or of one `overrides` entry) that name modules, turned into those modules. */
function definitionOf(raw: Json, dir: string, own: Map<string, unknown>): Json {
  const out: Json = { ...raw };
  if (raw.extends !== undefined) out.extends = extendsOf(raw.extends, dir);
  if (raw.formats !== undefined) out.formats = formatsOf(raw.formats);
  if (raw.rules !== undefined) out.rules = rulesOf(raw.rules, own);
  return out;
}

/** The Spectral Ruleset of a YAML ruleset file, for `new Spectral().setRuleset()`. */
export async function loadRuleset(file: string): Promise<unknown> {
  const text = readFileSync(file, 'utf8');
  const raw = parse(text, { merge: true }) as Json;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`ruleset: ${file} does not hold a mapping`);
  const unknown = Object.keys(raw).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length > 0) throw new Error(`ruleset: ${file} uses ${unknown.join(', ')}, which scripts/lib/lint-ruleset.ts does not load; write it as rules/overrides`);
  const dir = dirname(file);
  const own = new Map<string, unknown>();
  for (const name of raw.functions ?? []) {
    const module = await import(pathToFileURL(join(dir, raw.functionsDir ?? 'functions', `${name}.js`)).href);
    own.set(String(name), module.default);
  }
  const { functions: _functions, functionsDir: _functionsDir, ...rest } = raw;
  const definition = definitionOf(rest, dir, own);
  if (Array.isArray(raw.overrides)) definition.overrides = raw.overrides.map((o: Json) => definitionOf(o, dir, own));
  if (raw.aliases !== undefined) {
    definition.aliases = Object.fromEntries(
      Object.entries(raw.aliases as Json).map(([name, alias]) => [name, Array.isArray(alias?.targets) ? { ...alias, targets: alias.targets.map((t: Json) => (t.formats ? { ...t, formats: formatsOf(t.formats) } : t)) } : alias]),
    );
  }
  const { Ruleset } = require('@stoplight/spectral-core');
  const { Yaml } = require('@stoplight/spectral-parsers');
  // Where a ruleset error points: the rule's line in the YAML, as the CLI reports it.
  const parsed = Yaml.parse(text);
  const sourceContext = { source: file, getLocationForJsonPath: (path: (string | number)[]) => Yaml.getLocationForJsonPath(parsed, path) };
  return new Ruleset(definition, { severity: 'recommended', source: file, sourceContext });
}
