// Every example the bundle holds, paired with the schema it must satisfy: request and response bodies of operations
// and webhooks, parameters, and schema-level `example`s. Used by the example walker test, the generators (for
// @example blocks) and the contract tests (as the requests and responses they send).
import { pointerOf } from '../ir/pointer.ts';
import { HTTP_METHODS as METHODS } from '../ir/types.ts';

export interface ExampleSite {
  /** Human-readable location, e.g. `POST /user/change-password response 400 "wrongOldPassword"`. */
  where: string;
  /** JSON pointer segments of the schema in the bundle. */
  schemaPath: (string | number)[];
  value: unknown;
}

/** Follows one local `$ref` (examples, responses, parameters) inside the bundle. */
export function deref<T = any>(spec: any, node: any): T {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    if (!current.$ref.startsWith('#/')) throw new Error(`Only local refs are expected in the bundle, got ${current.$ref}`);
    current = pointerOf(current.$ref).reduce((n: any, s) => n?.[s], spec);
  }
  return current as T;
}

/** Resolves a `$ref`'d node and returns the pointer of where it really lives. */
function located(spec: any, node: any, path: (string | number)[]): [any, (string | number)[]] {
  let current = node;
  let at = path;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    at = pointerOf(current.$ref);
    current = deref(spec, { $ref: current.$ref });
  }
  return [current, at];
}

function* mediaExamples(spec: any, media: any, schemaPath: (string | number)[], where: string): Generator<ExampleSite> {
  if (!media?.schema) return;
  for (const [name, ex] of Object.entries<any>(media.examples ?? {})) {
    const example = deref(spec, ex);
    if (example && 'value' in example) yield { where: `${where} "${name}"`, schemaPath, value: example.value };
  }
  if (media.example !== undefined) yield { where: `${where} (example)`, schemaPath, value: media.example };
}

export function* collectExamples(spec: any): Generator<ExampleSite> {
  for (const [section, label] of [
    ['paths', ''],
    ['webhooks', 'webhook '],
  ] as const) {
    for (const [route, item] of Object.entries<any>(spec[section] ?? {})) {
      for (const method of METHODS) {
        const op = item?.[method];
        if (!op) continue;
        const base = [section, route, method];
        const name = `${label}${method.toUpperCase()} ${route}`;
        for (const [i, p] of (op.parameters ?? []).entries()) {
          const [param, at] = located(spec, p, [...base, 'parameters', i]);
          if (param?.example !== undefined) yield { where: `${name} parameter ${param.name}`, schemaPath: [...at, 'schema'], value: param.example };
          for (const [exName, ex] of Object.entries<any>(param?.examples ?? {})) {
            yield { where: `${name} parameter ${param.name} "${exName}"`, schemaPath: [...at, 'schema'], value: deref(spec, ex)?.value };
          }
        }
        const [body, bodyAt] = located(spec, op.requestBody, [...base, 'requestBody']);
        for (const [type, media] of Object.entries<any>(body?.content ?? {})) {
          yield* mediaExamples(spec, media, [...bodyAt, 'content', type, 'schema'], `${name} request ${type}`);
        }
        for (const [status, r] of Object.entries<any>(op.responses ?? {})) {
          const [response, at] = located(spec, r, [...base, 'responses', status]);
          for (const [type, media] of Object.entries<any>(response?.content ?? {})) {
            yield* mediaExamples(spec, media, [...at, 'content', type, 'schema'], `${name} response ${status} ${type}`);
          }
        }
      }
    }
  }
  for (const [name, schema] of Object.entries<any>(spec.components?.schemas ?? {})) {
    if (schema?.example !== undefined) yield { where: `schema ${name} (example)`, schemaPath: ['components', 'schemas', name], value: schema.example };
  }
}
