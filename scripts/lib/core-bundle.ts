// `redocly bundle` without starting its CLI: @redocly/openapi-core (the library the CLI is built on) in this process,
// with the project's redocly.yaml, both documents bundled by one load of the library. Two CLI starts cost about
// 1.4 s CPU, most of it loading the CLI's 15 MB; this costs about 0.8 s. test/spec/core-bundle.test.ts checks that the
// result is exactly what `redocly bundle` writes, so generated/openapi.* does not depend on which of the two made it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { projectRoot } from './paths.ts';

type Core = typeof import('@redocly/openapi-core');
type Config = Awaited<ReturnType<Core['loadConfig']>>;

/**
 * The CLI writes the root's known keys in the specification's order, then the rest as they came (its
 * sortTopLevelKeysForOas); the library keeps the source order. This is the CLI's list for OpenAPI 3.
 */
const ROOT_ORDER = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs', 'paths', 'webhooks', 'x-webhooks', 'components'];

function inCliOrder(root: Record<string, any>): Record<string, any> {
  const ordered: Record<string, any> = {};
  for (const key of ROOT_ORDER) if (Object.hasOwn(root, key)) ordered[key] = root[key];
  return Object.assign(ordered, root);
}

/** Loaded once per process, on first use: the docs and lint paths of the build never need it. */
let core: Core | undefined;
const configs = new Map<string, Promise<Config>>();

function loadCore(): Core {
  core ??= createRequire(import.meta.url)('@redocly/openapi-core') as Core;
  return core;
}

/** redocly.yaml of the project, as the CLI run in the project root reads it (the defaults when there is none). */
function projectConfig(configFile: string): Promise<Config> {
  let config = configs.get(configFile);
  if (!config) configs.set(configFile, (config = existsSync(configFile) ? loadCore().loadConfig({ configPath: configFile }) : loadCore().loadConfig({})));
  return config;
}

/** The CLI bundles a root that redocly.yaml lists under `apis` with that API's own settings merged in. */
function configFor(config: Config, root: string): Config {
  const base = config.configFile ? join(config.configFile, '..') : projectRoot;
  const alias = Object.entries(config.apis ?? {}).find(([, api]) => resolve(base, api.root) === resolve(root))?.[0];
  return loadCore().getMergedConfig(config, alias);
}

type Problem = Awaited<ReturnType<Core['bundle']>>['problems'][number];

/** `file:line:col: message`, like the CLI's report, with the file relative to the project when it is inside it. */
function describe(problem: Problem): string {
  const where = problem.location?.[0];
  if (!where) return problem.message;
  const inProject = relative(projectRoot, where.source.absoluteRef);
  const file = inProject && !inProject.startsWith('..') ? inProject : where.source.absoluteRef;
  const start = ('start' in where && where.start) || loadCore().getLineColLocation(where).start;
  // A parser's message already names the absolute path and position; say it once, relative.
  const message = problem.message.replace(` in "${where.source.absoluteRef}"`, '').replace(/ \(\d+:\d+\)$/, '');
  return `${file}:${start.line}:${start.col}: ${message}`;
}

/**
 * The bundled document at `root`, as `redocly bundle <root> --output x.json` writes it, or what stops it. A YAML
 * syntax error also makes every $ref to that file unresolvable; then only the parse error is kept, because the
 * follow-on findings name no new mistake.
 */
export async function bundleOrProblems(root: string, configFile = join(projectRoot, 'redocly.yaml')): Promise<{ spec: Record<string, any> } | { problems: string[] }> {
  const config = configFor(await projectConfig(configFile), root);
  const result = await loadCore().bundle({ ref: root, config, dereference: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return { spec: inCliOrder(result.bundle.parsed as Record<string, any>) };
  const parse = errors.filter((p) => p.message.startsWith('Failed to parse'));
  return { problems: (parse.length ? parse : errors).map(describe) };
}

/** The bundled document at `root`; throws naming every error. */
export async function coreBundle(root: string, configFile?: string): Promise<Record<string, any>> {
  const result = await bundleOrProblems(root, configFile);
  if ('spec' in result) return result.spec;
  throw new Error(`redocly bundle failed: ${relative(projectRoot, root)} has ${result.problems.length} error(s):\n  ${result.problems.join('\n  ')}`);
}
