// The lint gate, proven rule by rule through `npm run lint` itself (layout, Spectral with the project's ruleset,
// redocly): the valid fixture passes, and each mutation of it (one broken convention) fails with a printed finding
// that names the file, the line of the mistake, the rule, and a message that says what is wrong with which value
// and which README section explains it. Lines are found in the mutated text, not typed in.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { lineOf, lint, Mutations } from './support/lint-run.ts';

const mutations = new Mutations(join(projectRoot, 'test/lint/fixtures/valid'));
afterAll(() => mutations.cleanup());

const replace = (from: string, to: string) => (text: string) => text.replace(from, to);
const PATH = 'paths/pets/pet_create.yaml';
const CREATE = 'components/schemas/pets/PetCreateRequest.yaml';
const CAT = 'components/schemas/pets/CatCreate.yaml';
const DOG = 'components/schemas/pets/DogCreate.yaml';
const DOG_EXAMPLE = 'components/examples/pets/DogCreateExample.yaml';
const STATUS = 'components/schemas/pets/PetStatus.yaml';
const AMOUNT = 'components/schemas/common/Amount.yaml';
const RESOURCES = 'resources.yaml';
const GUIDE = 'openapi/README.md';

interface Case {
  name: string;
  /** The file edited, relative to the fixture. */
  file: string;
  edit: (text: string) => string;
  rule: string;
  /** Text on the line the finding must point at, after the edit; [after, text] for the first `text` below `after`. */
  at: string | [string, string];
  /** The printed message, exactly; a RegExp only for third-party rules whose wording is not ours. */
  message: string | RegExp;
}

const cases: Case[] = [
  { name: 'a broken $ref', file: PATH, edit: replace('pets/PetCreateRequest.yaml', 'pets/Missing.yaml'), rule: 'invalid-ref', at: 'pets/Missing.yaml', message: /Missing\.yaml/ },
  {
    name: 'an example longer than its schema allows',
    file: PATH,
    edit: replace('name: Tom', 'name: TomTomTomTomTomTomTomTomTom'),
    rule: 'cfi-example-values',
    at: 'name: TomTom',
    message: `POST /pet/create request application/json example "cat": /name "TomTomTomTomTomTomTomTomTom" must NOT have more than 20 characters — ${GUIDE}#examples`,
  },
  {
    name: 'an inline example amount with 3 decimals',
    file: PATH,
    edit: replace('price: 7.15', 'price: 7.155'),
    rule: 'cfi-example-values',
    at: 'price: 7.155',
    message: `POST /pet/create request application/json example "cat": /price 7.155 must have at most 2 decimals (x-amountPrecision) — ${GUIDE}#examples`,
  },
  {
    name: "an amount with 3 decimals in a $ref'd example file",
    file: DOG_EXAMPLE,
    edit: replace('price: 12.5', 'price: 12.555'),
    rule: 'cfi-example-values',
    at: 'price: 12.555',
    message: `POST /pet/create request application/json example "dog": /price 12.555 must have at most 2 decimals (x-amountPrecision) — ${GUIDE}#examples`,
  },
  {
    name: 'an example whose tag matches no oneOf branch',
    file: PATH,
    edit: replace('kind: cat', 'kind: bird'),
    rule: 'cfi-example-values',
    at: 'kind: bird',
    message: `POST /pet/create request application/json example "cat": /kind "bird" must be one of "cat", "dog", the values that tell the oneOf branches apart — ${GUIDE}#examples`,
  },
  {
    name: 'an example missing a required field of its branch',
    file: DOG_EXAMPLE,
    edit: replace('  tags: [good]\n', ''),
    rule: 'cfi-example-values',
    at: 'value:',
    message: `POST /pet/create request application/json example "dog": (root) must have required property 'tags' — ${GUIDE}#examples`,
  },
  {
    name: 'a schema example that breaks its own schema',
    file: CAT,
    edit: replace('    maxLength: 20', '    maxLength: 20\n    example: TomTomTomTomTomTomTomTomTom'),
    rule: 'cfi-example-values',
    at: 'example: TomTom',
    message: `Property "name" example: (root) "TomTomTomTomTomTomTomTomTom" must NOT have more than 20 characters — ${GUIDE}#examples`,
  },
  {
    name: 'a schema title that differs from its file name',
    file: CAT,
    edit: replace('title: CatCreate', 'title: Cat'),
    rule: 'cfi-component-file-name',
    at: 'title: Cat',
    message: `Schema title "Cat" must equal its file name and component key "CatCreate" — ${GUIDE}#naming`,
  },
  {
    name: 'an operation with no examples',
    file: PATH,
    edit: (t) => t.replace(/ {8}examples:\n {10}cat:\n[\s\S]*?DogCreateExample.yaml\n/, ''),
    rule: 'cfi-operation-examples',
    at: '      application/json:',
    message: `The request body application/json of POST /pet/create has no named examples — ${GUIDE}#examples`,
  },
  {
    name: 'a sandbox trigger whose example does not exist',
    file: PATH,
    edit: replace('      example: cat', '      example: ghost'),
    rule: 'cfi-operation-examples',
    at: 'example: ghost',
    message: `Sandbox trigger 0 of POST /pet/create names example "ghost"; it must be one of cat, dog — ${GUIDE}#sandbox-behaviour`,
  },
  {
    name: 'an operationId off the convention',
    file: PATH,
    edit: replace('operationId: petCreate', 'operationId: create_pet'),
    rule: 'cfi-operation-conventions',
    at: 'operationId: create_pet',
    message: `operationId "create_pet" must be the tag's group "pet" + a PascalCase action, e.g. petCreate — ${GUIDE}#operation-ids`,
  },
  {
    name: 'a missing fidelity marker',
    file: PATH,
    edit: replace('  x-connectfi-fidelity: designed\n', ''),
    rule: 'cfi-operation-conventions',
    at: 'post:',
    message: `POST /pet/create has no x-connectfi-fidelity; it must be one of documented, partial, designed — ${GUIDE}#the-fidelity-marker`,
  },
  {
    name: 'a designed operation that does not say what was designed',
    file: PATH,
    edit: replace('**Designed here:** everything; this is a fixture.', 'Nothing to see.'),
    rule: 'cfi-operation-conventions',
    at: 'description: |',
    message: `POST /pet/create is designed, so its description needs a "**Designed here:** <what was designed>" line — ${GUIDE}#the-fidelity-marker`,
  },
  {
    name: 'an operation with no summary',
    file: PATH,
    edit: replace('  summary: Create a pet\n', ''),
    rule: 'cfi-operation-conventions',
    at: 'post:',
    message: `POST /pet/create has no summary; add a short imperative phrase, e.g. "Create an ACH transfer" — ${GUIDE}#every-operation`,
  },
  {
    name: 'an operation under a method the generators drop',
    file: PATH,
    edit: replace('post:', 'head:'),
    rule: 'cfi-operation-conventions',
    at: 'head:',
    message: `HEAD /pet/create: method "head" is not one the generators know (get, put, post, delete, patch), so the client and server would silently drop it — ${GUIDE}#every-operation`,
  },
  {
    name: 'a oneOf branch that does not pin its tag with const',
    file: CAT,
    edit: replace('    const: cat', '    enum: [cat]'),
    rule: 'cfi-schema-conventions',
    at: 'title: CatCreate',
    message: `oneOf branch "CatCreate" of Schema PetCreateRequest does not pin the discriminator "kind" with const, e.g. kind: { const: <value> } — ${GUIDE}#oneof-and-tags`,
  },
  {
    name: 'nullable',
    file: CAT,
    edit: replace('    maxLength: 20', '    maxLength: 20\n    nullable: true'),
    rule: 'cfi-schema-conventions',
    at: 'nullable: true',
    message: `Property "name" has "nullable: true", an OpenAPI 3.0 keyword; use a type array, e.g. type: [string, 'null'] — ${GUIDE}#schemas`,
  },
  {
    name: 'an unbounded string',
    file: CAT,
    edit: replace('    maxLength: 20', '    minLength: 1'),
    rule: 'cfi-schema-conventions',
    at: '  name:',
    message: `Property "name" is a string with no maxLength, enum, const or format; bound it, e.g. maxLength: 100 — ${GUIDE}#schemas`,
  },
  {
    name: 'an unbounded array',
    file: DOG,
    edit: replace('    maxItems: 5\n', ''),
    rule: 'cfi-schema-conventions',
    at: '  tags:',
    message: `Property "tags" is an array with no maxItems; bound it, e.g. maxItems: 100 — ${GUIDE}#schemas`,
  },
  {
    name: 'an error response without the shared envelope',
    file: PATH,
    edit: (t) => t.replace(/('401':[\s\S]*?schema:\n)\s+\$ref: [^\n]+/, '$1            type: object'),
    rule: 'cfi-envelopes',
    at: ["'401':", 'schema:'],
    message: `Error response 401 of POST /pet/create uses an inline schema; it must $ref components/schemas/common/ErrorEnvelope.yaml — ${GUIDE}#the-error-model`,
  },
  {
    name: 'a success response without the envelope',
    file: PATH,
    edit: replace('            required: [code, data, requestId]', '            required: [data]'),
    rule: 'cfi-envelopes',
    at: ["'200':", 'schema:'],
    message: `Success response 200 of POST /pet/create does not require code, requestId; it must be the envelope { code: "0", data, requestId } — ${GUIDE}#the-success-envelope`,
  },
  {
    name: 'an error example not named after its code',
    file: PATH,
    edit: replace('          examples:\n            unauthorized:', '          examples:\n            noToken:'),
    rule: 'cfi-envelopes',
    at: 'noToken:',
    message: `Error example "noToken" of POST /pet/create 401 must be named after its code "unauthorized", e.g. unauthorized or unauthorized-<case> — ${GUIDE}#the-error-model`,
  },
  {
    name: 'a deprecated operation that names no replacement',
    file: PATH,
    edit: replace('  tags: [Pets]', '  tags: [Pets]\n  deprecated: true'),
    rule: 'cfi-operation-conventions',
    at: 'deprecated: true',
    message: `Deprecated POST /pet/create names no x-connectfi-replaced-by; name the operationId that replaces it — ${GUIDE}#deprecation`,
  },
  {
    name: 'a secured operation without 401',
    file: PATH,
    edit: (t) => t.replace(/ {4}'401':[\s\S]*$/, ''),
    rule: 'cfi-security',
    at: '  responses:',
    message: `POST /pet/create needs x-connectfi-token but documents no 401; $ref components/responses/common/Unauthorized.yaml — ${GUIDE}#the-error-model`,
  },
  {
    name: 'an operation that drops the token without being allowed to',
    file: PATH,
    edit: replace('  tags: [Pets]', '  tags: [Pets]\n  security: []'),
    rule: 'cfi-security',
    at: 'security: []',
    message: `POST /pet/create ("petCreate") says security: [], but only authGetToken, healthCheck may be called without x-connectfi-token — ${GUIDE}#authentication`,
  },
  {
    name: 'a status missing from its lifecycle',
    file: STATUS,
    edit: replace('enum: [New, Active, Gone]', 'enum: [New, Active, Gone, Lost]'),
    rule: 'cfi-lifecycle',
    at: 'x-connectfi-lifecycle:',
    message: `PetStatus: status "Lost" is in the enum but missing from the lifecycle; add it to initial, terminal or a transition — ${GUIDE}#status-lifecycles`,
  },
  {
    name: 'an unreachable status',
    file: STATUS,
    edit: replace('    - { from: New, to: Active, trigger: adopted }\n', '    - { from: Active, to: Active, trigger: renamed }\n'),
    rule: 'cfi-lifecycle',
    at: 'x-connectfi-lifecycle:',
    message: `PetStatus: status "Active" cannot be reached from an initial state [New]; add a transition to it — ${GUIDE}#status-lifecycles`,
  },
  {
    name: 'a terminal status with a way out',
    file: STATUS,
    edit: replace('    - { from: Active, to: Gone, trigger: left }', '    - { from: Active, to: Gone, trigger: left }\n    - { from: Gone, to: Active, trigger: back }'),
    rule: 'cfi-lifecycle',
    at: 'from: Gone',
    message: `PetStatus: terminal state "Gone" has an outgoing transition to "Active"; terminal states have no way out — ${GUIDE}#status-lifecycles`,
  },
  {
    name: 'a transition whose trigger an unquoted comma cut short',
    file: STATUS,
    edit: replace('trigger: adopted }', 'trigger: adopted, then renamed }'),
    rule: 'cfi-lifecycle',
    at: 'then renamed',
    message: `PetStatus: transition {"from":"New","to":"Active","trigger":"adopted","then renamed":null} must be exactly { from, to, trigger } with text values; quote a trigger that has a comma — ${GUIDE}#status-lifecycles`,
  },
  {
    name: 'a trigger whose error is no error example of its operation',
    file: PATH,
    edit: replace('outcome: { status: Active }', 'outcome: { error: petExploded }'),
    rule: 'cfi-sandbox-errors',
    at: 'error: petExploded',
    message: `POST /pet/create: trigger 0's outcome error "petExploded" is not an error example of this operation; name one of requestValidateError, nameMissing, unauthorized or add the example, named after its code — ${GUIDE}#triggers`,
  },
  {
    name: 'a prerequisite whose error is no error example of its operation',
    file: PATH,
    edit: replace('error: nameMissing', 'error: nameAbsent'),
    rule: 'cfi-sandbox-errors',
    at: 'error: nameAbsent',
    message: `POST /pet/create: prerequisite 0's error "nameAbsent" is not an error example of this operation; name one of requestValidateError, nameMissing, unauthorized or add the example, named after its code — ${GUIDE}#prerequisites`,
  },
  {
    name: 'a trigger outcome that is no state of the lifecycle',
    file: PATH,
    edit: replace('outcome: { status: Active }', 'outcome: { status: Lost }'),
    rule: 'cfi-sandbox-lifecycle',
    at: 'status: Lost',
    message: `POST /pet/create: trigger 0's outcome.status "Lost" is not a state of PetStatus; use one of New, Active, Gone — ${GUIDE}#triggers`,
  },
  {
    name: 'a transition to a state no lifecycle transition reaches',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: transition, resource: Pet, lookup: body.name, to: New }'),
    rule: 'cfi-sandbox-lifecycle',
    at: 'to: New',
    message: `POST /pet/create: behaviour.to "New" is reached by no transition of PetStatus; add the transition to the lifecycle or move to a state one reaches — ${GUIDE}#operation-behaviour`,
  },
  {
    name: 'a transition that names no refused error',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: transition, resource: Pet, lookup: body.name, lookupField: name, to: Active }'),
    rule: 'cfi-sandbox-refusal',
    at: 'kind: transition',
    message: `POST /pet/create: moves a Pet record but names no refused error; add refused: { error: <an error example of this operation>, fidelity: documented | designed } for a move its lifecycle lacks — ${GUIDE}#refusals`,
  },
  {
    name: 'a refused error that is no error example of its operation',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: transition, resource: Pet, lookup: body.name, lookupField: name, to: Active, refused: { error: petBusy, fidelity: designed } }'),
    rule: 'cfi-sandbox-errors',
    at: 'error: petBusy',
    message: `POST /pet/create: the refused error "petBusy" is not an error example of this operation; name one of requestValidateError, nameMissing, unauthorized or add the example, named after its code — ${GUIDE}#refusals`,
  },
  {
    name: 'a refused error on an operation that moves no record',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: create, resource: Pet, refused: { error: nameMissing, fidelity: designed } }'),
    rule: 'cfi-sandbox-refusal',
    at: 'refused:',
    message: `POST /pet/create: refused is for a transition; a create moves no record, so remove it — ${GUIDE}#refusals`,
  },
  {
    name: 'a get that names no notFound error',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: get, resource: Pet, lookup: body.name, lookupField: name }'),
    rule: 'cfi-sandbox-declared-errors',
    at: 'kind: get',
    message: `POST /pet/create: looks a Pet record up by body.name but names no notFound error; add notFound: { error: <the error example answered when no record has that value>, fidelity: documented | designed } — ${GUIDE}#declared-errors`,
  },
  {
    name: 'a notFound error that is no error example of its operation',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: get, resource: Pet, lookup: body.name, lookupField: name, notFound: { error: petNotFound, fidelity: designed } }'),
    rule: 'cfi-sandbox-errors',
    at: 'error: petNotFound',
    message: `POST /pet/create: the notFound error "petNotFound" is not an error example of this operation; name one of requestValidateError, nameMissing, unauthorized or add the example, named after its code — ${GUIDE}#declared-errors`,
  },
  {
    name: 'a notFound without its fidelity',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: get, resource: Pet, lookup: body.name, lookupField: name, notFound: { error: nameMissing } }'),
    rule: 'cfi-sandbox-declared-errors',
    at: 'notFound:',
    message: `POST /pet/create: notFound.fidelity undefined must be documented (the vendor's answer) or designed — ${GUIDE}#declared-errors`,
  },
  {
    name: 'a token call that names no wrongPassword error',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: auth }'),
    rule: 'cfi-sandbox-declared-errors',
    at: 'kind: auth',
    message: `POST /pet/create: checks a login and password but names no wrongPassword error; add wrongPassword: { error: <the error example answered when the password does not match>, fidelity: documented | designed } — ${GUIDE}#declared-errors`,
  },
  {
    name: 'a duplicate error on a resource that is not deduplicated',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: create, resource: Pet, duplicate: { error: nameMissing, fidelity: designed } }'),
    rule: 'cfi-sandbox-declared-errors',
    at: 'duplicate:',
    message: `POST /pet/create: duplicate is for an operation that creates a record of a resource with a referenceField (create, validate); this create of Pet never answers it, so remove it — ${GUIDE}#declared-errors`,
  },
  {
    name: 'an encrypted property with an unknown plaintext',
    file: CAT,
    edit: replace('    maxLength: 20', '    maxLength: 20\n    x-connectfi-encrypted: { plaintext: pan }'),
    rule: 'cfi-sandbox-encrypted',
    at: 'x-connectfi-encrypted',
    message: `POST /pet/create: name x-connectfi-encrypted {"plaintext":"pan"} must be { plaintext: number | card | secret, keep?, keyField? } — ${GUIDE}#encrypted-fields`,
  },
  {
    name: 'an encrypted property that keeps an unknown part of the number',
    file: CAT,
    edit: replace('    maxLength: 20', '    maxLength: 20\n    x-connectfi-encrypted: { plaintext: number, keep: { name: last5 } }'),
    rule: 'cfi-sandbox-encrypted',
    at: 'last5',
    message: `POST /pet/create: name x-connectfi-encrypted keeps "last5" as name; keep one of last4, bin, masked, maskedCard — ${GUIDE}#encrypted-fields`,
  },
  {
    name: 'a decryptError on an operation whose request carries no ciphertext',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: create, resource: Pet, decryptError: { error: requestValidateError, fidelity: designed } }'),
    rule: 'cfi-sandbox-encrypted',
    at: 'decryptError',
    message: `POST /pet/create: decryptError is set but no request property is marked x-connectfi-encrypted; mark the ciphertext's schema or remove decryptError — ${GUIDE}#encrypted-fields`,
  },
  {
    name: 'an answer that reads a field its record lacks',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', "{ kind: create, resource: Pet, answer: { petId: '{record.petNumber}', name: '{record.name}', status: '{record.status}' } }"),
    rule: 'cfi-sandbox-answer',
    at: 'record.petNumber',
    message: `POST /pet/create: answer reads record.petNumber, but Pet has no field "petNumber"; use one of petId, name, status — ${GUIDE}#answers`,
  },
  {
    name: 'an answer that leaves out what its answer schema requires',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', "{ kind: create, resource: Pet, answer: { petId: '{record.petId}' } }"),
    rule: 'cfi-sandbox-answer',
    at: 'answer:',
    message: `POST /pet/create: answer (root) leaves out name, status, which the answer schema requires — ${GUIDE}#answers`,
  },
  {
    name: 'a merge into a field the record lacks',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', "{ kind: update, resource: Pet, lookup: body.name, lookupField: name, merge: { nickname: '{body.name}' } }"),
    rule: 'cfi-sandbox-answer',
    at: 'nickname',
    message: `POST /pet/create: merge nickname is not a property of the record schema; use one of petId, name, status — ${GUIDE}#answers`,
  },
  {
    name: 'a merge that reads a body property the request lacks',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', "{ kind: update, resource: Pet, lookup: body.name, lookupField: name, merge: { name: '{body.nickname}' } }"),
    rule: 'cfi-sandbox-answer',
    at: 'body.nickname',
    message: `POST /pet/create: merge reads body.nickname, but the request body has no property "nickname"; use one of kind, name, price, tags — ${GUIDE}#answers`,
  },
  {
    name: 'a merge on an operation that builds no record',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', "{ kind: get, resource: Pet, lookup: body.name, lookupField: name, merge: { name: '{body.name}' } }"),
    rule: 'cfi-sandbox-answer',
    at: 'merge:',
    message: `POST /pet/create: merge is for an update or a create; a get builds no record from its body, so remove it — ${GUIDE}#answers`,
  },
  {
    name: 'a behaviour on an undeclared resource',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: create, resource: Dog }'),
    rule: 'cfi-sandbox-resources',
    at: 'resource: Dog',
    message: `POST /pet/create: behaviour.resource "Dog" is not declared in x-connectfi-resources; use one of Pet — ${GUIDE}#operation-behaviour`,
  },
  {
    name: 'an operation without behaviour',
    file: PATH,
    edit: replace('  x-connectfi-behaviour: { kind: create, resource: Pet }\n', ''),
    rule: 'cfi-sandbox-resources',
    at: 'post:',
    message: `POST /pet/create: petCreate has no x-connectfi-behaviour; say what it does, e.g. { kind: create, resource: Pet } — ${GUIDE}#operation-behaviour`,
  },
  {
    name: 'a resource whose id field its record lacks',
    file: RESOURCES,
    edit: replace('idField: petId', 'idField: petNumber'),
    rule: 'cfi-sandbox-resources',
    at: 'idField: petNumber',
    message: `Resource Pet: idField "petNumber" is not a property of Pet; use one of petId, name, status — ${GUIDE}#resources`,
  },
  {
    name: 'a resource whose status field its record lacks',
    file: RESOURCES,
    edit: replace('field: status', 'field: state'),
    rule: 'cfi-sandbox-resources',
    at: 'field: state',
    message: `Resource Pet: status field "state" is not a property of Pet; use one of petId, name, status — ${GUIDE}#resources`,
  },
  {
    name: 'a resource that updates a field the other record lacks',
    file: RESOURCES,
    edit: replace('  sensitive: []', "  updates: { resource: Pet, lookup: record.petId, set: { nickname: '{record.name}' } }\n  sensitive: []"),
    rule: 'cfi-sandbox-resources',
    at: 'nickname',
    message: `Resource Pet: updates.set.nickname is not a property of Pet; use one of petId, name, status — ${GUIDE}#resources`,
  },
  {
    name: 'a card kind posted as a resource nobody declares',
    file: RESOURCES,
    edit: replace('  sensitive: []', "  postedAs: { resource: PetVisit, set: { name: '{body.name}' }, fidelity: designed }\n  sensitive: []"),
    rule: 'cfi-sandbox-resources',
    at: 'postedAs',
    message: `Resource Pet: postedAs.resource "PetVisit" is not a declared resource; use one of Pet — ${GUIDE}#resources`,
  },
  {
    name: 'a posted record set with a field it lacks',
    file: RESOURCES,
    edit: replace('  sensitive: []', "  postedAs: { resource: Pet, set: { nickname: '{body.name}' }, fidelity: designed }\n  sensitive: []"),
    rule: 'cfi-sandbox-resources',
    at: 'nickname',
    message: `Resource Pet: postedAs.set.nickname is not a property of Pet; use one of petId, name, status — ${GUIDE}#resources`,
  },
  {
    name: 'a posted record that maps to a value its field does not allow',
    file: RESOURCES,
    edit: replace('  sensitive: []', '  postedAs: { resource: Pet, set: { status: { $from: body.kind, $map: { debit: sleeping } } }, fidelity: designed }\n  sensitive: []'),
    rule: 'cfi-sandbox-resources',
    at: 'sleeping',
    message: `Resource Pet: postedAs.set.status writes "sleeping", which Pet.status does not allow; use one of "New", "Active", "Gone" — ${GUIDE}#resources`,
  },
  {
    name: 'a $find without $where',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', "{ kind: create, resource: Pet, answer: { petId: '{record.petId}', name: { $find: record.name }, status: available } }"),
    rule: 'cfi-sandbox-answer',
    at: '$find',
    message: `POST /pet/create: answer name: { $find, $where } takes exactly those keys; got $find — ${GUIDE}#answers`,
  },
  {
    name: 'a condition with two operators',
    file: PATH,
    edit: replace('{ eq: Tom }', '{ eq: Tom, ne: Bob }'),
    rule: 'cfi-sandbox-match',
    at: 'ne: Bob',
    message: `POST /pet/create: the condition on body.name must have exactly one operator of eq, ne, in, gt, gte, lt, lte, between, pattern, exists; it has eq, ne — ${GUIDE}#conditions`,
  },
  {
    name: 'a condition with an unknown operator',
    file: PATH,
    edit: replace('{ eq: Tom }', '{ equals: Tom }'),
    rule: 'cfi-sandbox-match',
    at: 'equals: Tom',
    message: `POST /pet/create: the condition on body.name must have exactly one operator of eq, ne, in, gt, gte, lt, lte, between, pattern, exists; it has equals — ${GUIDE}#conditions`,
  },
  {
    name: 'a sandbox entry that points at an operation that does not exist',
    file: PATH,
    edit: replace('      match: { body.name: { eq: Tom } }\n      outcome: { status: Active }\n      fidelity: designed\n', '      see: [petAdopt]\n'),
    rule: 'cfi-sandbox-match',
    at: 'see: [petAdopt]',
    message: `POST /pet/create: sandbox entry 0 sees "petAdopt", which is no operationId of this API; name an operation that acts on it — ${GUIDE}#triggers`,
  },
  {
    name: 'a behaviour that sets a value its record field does not allow',
    file: PATH,
    edit: replace('{ kind: create, resource: Pet }', '{ kind: create, resource: Pet, set: { status: Lost } }'),
    rule: 'cfi-sandbox-fields',
    at: 'status: Lost',
    message: `POST /pet/create: sets status to "Lost", which Pet.status does not allow ("New", "Active", "Gone") — ${GUIDE}#operation-behaviour`,
  },
  {
    name: 'a prerequisite that looks a record up by a field it lacks',
    file: PATH,
    edit: replace('match: { body.name: { exists: true } }', "exists: { resource: Pet, where: { nickname: '{body.name}' } }"),
    rule: 'cfi-sandbox-fields',
    at: 'nickname:',
    message: `POST /pet/create: prerequisite 0 looks for Pet by "nickname", which is not a field of Pet; use one of petId, name, status — ${GUIDE}#prerequisites`,
  },
  {
    name: 'a match on an alias no prerequisite defines',
    file: PATH,
    edit: replace('{ body.name: { eq: Tom } }', '{ owner.name: { eq: Tom } }'),
    rule: 'cfi-sandbox-fields',
    at: 'owner.name',
    message: `POST /pet/create: match reads owner.name, but "owner" is neither body, path, query, principal, record nor an alias (exists.as) of an earlier prerequisite — ${GUIDE}#conditions`,
  },
  {
    name: 'a match on a body property the operation lacks',
    file: PATH,
    edit: replace('{ body.name: { eq: Tom } }', '{ body.nmae: { eq: Tom } }'),
    rule: 'cfi-sandbox-fields',
    at: 'body.nmae',
    message: `POST /pet/create: body.nmae names no body property of this operation; use one of kind, name, price, tags — ${GUIDE}#conditions`,
  },
  {
    name: 'a business error mapped to a keyword the server cannot judge',
    file: AMOUNT,
    edit: (t) => `${t}x-connectfi-errors:\n  exclusiveMinimum: wrongAmount\n`,
    rule: 'cfi-business-errors',
    at: 'exclusiveMinimum: wrongAmount',
    message: `Schema Amount maps "exclusiveMinimum" to wrongAmount, but the server cannot judge "exclusiveMinimum"; use one of x-amountPrecision, x-connectfi-supported, maximum, oneOf — ${GUIDE}#business-errors`,
  },
  {
    name: 'a business error mapped to a keyword its schema lacks',
    file: AMOUNT,
    edit: (t) => `${t}x-connectfi-errors:\n  maximum: tooMuch\n`,
    rule: 'cfi-business-errors',
    at: 'maximum: tooMuch',
    message: `Schema Amount maps "maximum" to tooMuch but has no "maximum"; declare the keyword on the same schema — ${GUIDE}#business-errors`,
  },
];

describe('npm run lint', () => {
  it('passes the valid fixture with zero findings of any tool', async () => {
    const { code, output, findings } = await lint(join(projectRoot, 'test/lint/fixtures/valid/openapi.yaml'));
    expect(findings).toEqual([]);
    for (const step of ['yaml', 'layout', 'spectral', 'redocly']) expect(output).toContain(`${step}: ok`);
    expect(code).toBe(0);
  });

  it.concurrent.each(cases)('fails on $name with $rule at the file and line of the mistake', async ({ file, edit, rule, at, message }) => {
    const mutated = mutations.make(file, edit);
    const { code, output, findings } = await lint(mutated.root);
    expect(code).not.toBe(0);
    const ours = findings.filter((f) => f.rule === rule);
    expect(ours, output).toContainEqual(
      expect.objectContaining({
        file: mutated.file,
        line: typeof at === 'string' ? lineOf(mutated.text, at) : lineOf(mutated.text, at[1], at[0]),
        severity: 'error',
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      }),
    );
  });

  it('reports a YAML syntax error once, with file and line, and runs nothing that would repeat it', async () => {
    const mutated = mutations.make(CREATE, replace('propertyName: kind', 'propertyName: kind: [oops'));
    const { code, output, findings } = await lint(mutated.root);
    expect(code).not.toBe(0);
    expect(findings).toEqual([
      {
        file: mutated.file,
        line: lineOf(mutated.text, 'kind: [oops'),
        severity: 'error',
        rule: 'cfi-yaml-syntax',
        message: `Not valid YAML: Nested mappings are not allowed in compact mappings — ${GUIDE}#layout`,
      },
    ]);
    expect(output).toContain('layout, spectral, redocly: skipped until every file parses');
  });
});
