// The lint gate, proven rule by rule: the valid fixture passes every rule, and each mutation of it (one broken
// convention) makes `npm run lint` fail with a message that names the offending file and the rule.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';

const fixture = join(projectRoot, 'test/lint/fixtures/valid');
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function lint(root: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(join(projectRoot, 'node_modules/.bin/tsx'), [join(projectRoot, 'scripts/lint.ts'), root], { env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** A copy of the valid fixture with one edit: `file` relative to the fixture, `edit` from old text to new. */
function mutated(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfi-lint-'));
  workDirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`mutation of ${file} changed nothing`);
  writeFileSync(path, after);
  return join(dir, 'openapi.yaml');
}

// Each case runs layout, Spectral and redocly in a child process; on a loaded shared machine one takes well over the
// default minute, and a timeout would say nothing about the rule.
const LINT_TIMEOUT = 180_000;

const replace = (from: string, to: string) => (text: string) => text.replace(from, to);
const PATH = 'paths/pets/pet_create.yaml';
const CREATE = 'components/schemas/pets/PetCreateRequest.yaml';
const CAT = 'components/schemas/pets/CatCreate.yaml';
const STATUS = 'components/schemas/pets/PetStatus.yaml';
const RESOURCES = 'resources.yaml';

const cases: { name: string; file: string; edit: (t: string) => string; rule: string; reported?: string }[] = [
  { name: 'a broken $ref', file: PATH, edit: replace('pets/PetCreateRequest.yaml', 'pets/Missing.yaml'), rule: 'invalid-ref' },
  { name: 'an example that violates its schema', file: PATH, edit: replace('name: Tom', 'name: TomTomTomTomTomTomTomTomTom'), rule: 'oas3-valid-media-example' },
  { name: 'a component file named differently from its key', file: CAT, edit: replace('title: CatCreate', 'title: Cat'), rule: 'cfi-component-file-name' },
  { name: 'an operation with no examples', file: PATH, edit: (t) => t.replace(/        examples:\n          cat:\n            summary: A cat\n            value:\n              kind: cat\n              name: Tom\n/, ''), rule: 'cfi-operation-examples' },
  { name: 'a sandbox trigger whose example does not exist', file: PATH, edit: replace('      example: cat', '      example: dog'), rule: 'cfi-operation-examples' },
  { name: 'an operationId off the convention', file: PATH, edit: replace('operationId: petCreate', 'operationId: create_pet'), rule: 'cfi-operation-conventions' },
  { name: 'a missing fidelity marker', file: PATH, edit: replace('  x-connectfi-fidelity: designed\n', ''), rule: 'cfi-operation-conventions' },
  { name: 'a designed operation that does not say what was designed', file: PATH, edit: replace('**Designed here:** everything; this is a fixture.', 'Nothing to see.'), rule: 'cfi-operation-conventions' },
  { name: 'an operation with no summary', file: PATH, edit: replace('  summary: Create a pet\n', ''), rule: 'cfi-operation-conventions' },
  { name: 'a oneOf branch that does not pin its tag with const', file: CAT, edit: replace('    const: cat', '    enum: [cat]'), rule: 'cfi-schema-conventions' },
  { name: 'nullable', file: CAT, edit: replace('    maxLength: 20', '    maxLength: 20\n    nullable: true'), rule: 'cfi-schema-conventions' },
  { name: 'an unbounded string', file: CAT, edit: replace('    maxLength: 20', '    minLength: 1'), rule: 'cfi-schema-conventions' },
  { name: 'an unbounded array', file: 'components/schemas/pets/DogCreate.yaml', edit: replace('    maxItems: 5\n', ''), rule: 'cfi-schema-conventions' },
  { name: 'an error response without the shared envelope', file: PATH, edit: (t) => t.replace(/('401':[\s\S]*?schema:\n)\s+\$ref: [^\n]+/, '$1            type: object'), rule: 'cfi-envelopes' },
  { name: 'a success response without the envelope', file: PATH, edit: replace('            required: [code, data, requestId]', '            required: [data]'), rule: 'cfi-envelopes' },
  { name: 'an error example not named after its code', file: PATH, edit: replace('          examples:\n            unauthorized:', '          examples:\n            noToken:'), rule: 'cfi-envelopes' },
  { name: 'a deprecated operation that names no replacement', file: PATH, edit: replace('  tags: [Pets]', '  tags: [Pets]\n  deprecated: true'), rule: 'cfi-operation-conventions' },
  { name: 'a secured operation without 401', file: PATH, edit: (t) => t.replace(/    '401':[\s\S]*$/, ''), rule: 'cfi-security' },
  { name: 'an operation that drops the token without being allowed to', file: PATH, edit: replace('  tags: [Pets]', '  tags: [Pets]\n  security: []'), rule: 'cfi-security' },
  { name: 'a status missing from its lifecycle', file: STATUS, edit: replace('enum: [New, Active, Gone]', 'enum: [New, Active, Gone, Lost]'), rule: 'cfi-lifecycle' },
  { name: 'an unreachable status', file: STATUS, edit: replace('    - { from: New, to: Active, trigger: adopted }\n', '    - { from: Active, to: Active, trigger: renamed }\n'), rule: 'cfi-lifecycle' },
  { name: 'a terminal status with a way out', file: STATUS, edit: replace('    - { from: Active, to: Gone, trigger: left }', '    - { from: Active, to: Gone, trigger: left }\n    - { from: Gone, to: Active, trigger: back }'), rule: 'cfi-lifecycle' },
  { name: 'a transition whose trigger an unquoted comma cut short', file: STATUS, edit: replace('trigger: adopted }', 'trigger: adopted, then renamed }'), rule: 'cfi-lifecycle' },
  { name: 'a trigger whose error is no error example of its operation', file: PATH, edit: replace('outcome: { status: Active }', 'outcome: { error: petExploded }'), rule: 'cfi-sandbox-errors', reported: '"petExploded" is not an error example' },
  { name: 'a prerequisite whose error is no error example of its operation', file: PATH, edit: replace('error: nameMissing', 'error: nameAbsent'), rule: 'cfi-sandbox-errors', reported: 'petCreate: prerequisite 0\'s error "nameAbsent"' },
  { name: 'a trigger outcome that is no state of the lifecycle', file: PATH, edit: replace('outcome: { status: Active }', 'outcome: { status: Lost }'), rule: 'cfi-sandbox-lifecycle', reported: '"Lost" is not a state of PetStatus' },
  { name: 'a transition to a state no lifecycle transition reaches', file: PATH, edit: replace('{ kind: create, resource: Pet }', '{ kind: transition, resource: Pet, lookup: body.name, to: New }'), rule: 'cfi-sandbox-lifecycle', reported: 'behaviour.to "New" is reached by no transition of PetStatus' },
  { name: 'a behaviour on an undeclared resource', file: PATH, edit: replace('{ kind: create, resource: Pet }', '{ kind: create, resource: Dog }'), rule: 'cfi-sandbox-resources', reported: 'behaviour.resource "Dog" is not declared' },
  { name: 'an operation without behaviour', file: PATH, edit: replace('  x-connectfi-behaviour: { kind: create, resource: Pet }\n', ''), rule: 'cfi-sandbox-resources', reported: 'petCreate: has no x-connectfi-behaviour' },
  { name: 'a resource whose id field its record lacks', file: RESOURCES, edit: replace('idField: petId', 'idField: petNumber'), rule: 'cfi-sandbox-resources', reported: 'idField "petNumber" is not a property of Pet' },
  { name: 'a resource whose status field its record lacks', file: RESOURCES, edit: replace('field: status', 'field: state'), rule: 'cfi-sandbox-resources', reported: 'status field "state" is not a property of Pet' },
  { name: 'a condition with two operators', file: PATH, edit: replace('{ eq: Tom }', '{ eq: Tom, ne: Bob }'), rule: 'cfi-sandbox-match', reported: 'the condition on body.name must have exactly one operator of eq, ne, in, gt, gte, lt, lte, between, pattern, exists; it has eq, ne' },
  { name: 'a condition with an unknown operator', file: PATH, edit: replace('{ eq: Tom }', '{ equals: Tom }'), rule: 'cfi-sandbox-match', reported: 'it has equals' },
  { name: 'a behaviour that sets a value its record field does not allow', file: PATH, edit: replace('{ kind: create, resource: Pet }', '{ kind: create, resource: Pet, set: { status: Lost } }'), rule: 'cfi-sandbox-fields', reported: 'sets status to "Lost", which Pet.status does not allow' },
  { name: 'a prerequisite that looks a record up by a field it lacks', file: PATH, edit: replace("match: { body.name: { exists: true } }", "exists: { resource: Pet, where: { nickname: '{body.name}' } }"), rule: 'cfi-sandbox-fields', reported: 'looks for Pet by "nickname", which is not a field of Pet' },
  { name: 'a match on an alias no prerequisite defines', file: PATH, edit: replace('{ body.name: { eq: Tom } }', '{ owner.name: { eq: Tom } }'), rule: 'cfi-sandbox-fields', reported: 'match reads owner.name, but "owner" is neither' },
  { name: 'a match on a body property the operation lacks', file: PATH, edit: replace('{ body.name: { eq: Tom } }', '{ body.nmae: { eq: Tom } }'), rule: 'cfi-sandbox-fields', reported: 'body.nmae names no body property of this operation' },
  { name: 'a sandbox entry that points at an operation that does not exist', file: PATH, edit: replace("      match: { body.name: { eq: Tom } }\n      outcome: { status: Active }\n      fidelity: designed\n", '      see: [petAdopt]\n'), rule: 'cfi-sandbox-match', reported: 'sees "petAdopt", which is no operationId' },
  { name: 'a file that is not YAML', file: CREATE, edit: replace('propertyName: kind', 'propertyName: kind: [oops'), rule: 'cfi-yaml-syntax' },
];

describe('npm run lint', () => {
  it('passes the valid fixture with zero errors and zero warnings', async () => {
    const { code, output } = await lint(join(fixture, 'openapi.yaml'));
    expect(output).toContain('layout: ok');
    expect(output).toContain('spectral: ok');
    expect(output).toContain('redocly: ok');
    expect(code).toBe(0);
  });

  it.concurrent.each(cases)('fails on $name, naming the file and $rule', async ({ file, edit, rule, reported }) => {
    const { code, output } = await lint(mutated(file, edit));
    expect(code).not.toBe(0);
    const lines = output.split('\n');
    // stylish output prints the file on its own line and the rule on the lines below it
    const ruleLine = lines.findIndex((l) => l.includes(rule));
    expect(ruleLine, `rule ${rule} not reported in:\n${output}`).toBeGreaterThan(-1);
    const fileHeader = lines.slice(0, ruleLine).reverse().find((l) => /^\S.*\.ya?ml:?$/.test(l));
    expect(fileHeader, `no file named before ${rule}:\n${output}`).toContain(file.split('/').pop());
    // the function's own message, printed through `message: "{{error}}"`, names the value to fix
    if (reported) expect(output.replace(/\s+/g, ' ')).toContain(reported);
  }, LINT_TIMEOUT);
});
