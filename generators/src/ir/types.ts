// The intermediate representation every emitter reads: what the generators need to know about the bundle, with the
// OpenAPI plumbing ($refs, envelopes, the list and query patterns) already resolved. Emitters never read the bundle.
// Stable contract for the client and server emitters: add fields, never rename or remove one.
import type { BehaviourIR, FieldIR, PrerequisiteIR, ResourceIR, TriggerIR } from './behaviour-types.ts';

export type * from './behaviour-types.ts';

/** JSON pointer segments into the bundle, e.g. ['components', 'schemas', 'AchTransfer']. */
export type SchemaPointer = (string | number)[];

/**
 * The HTTP methods the generators turn into operations, in the order the IR lists an path's operations. Lint refuses
 * an operation under any other OpenAPI method (`head`, `options`, `trace`), so none is dropped silently.
 */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export type HttpMethod = (typeof HTTP_METHODS)[number];

export type Fidelity = 'documented' | 'partial' | 'designed';

export interface ExampleIR {
  /** The example's key, e.g. `login`, `requestValidateError`, `01-initiated`. */
  name: string;
  summary?: string;
  value: unknown;
}

/** The JSON Schema types a parameter's text is coerced to. */
export type ParameterType = 'string' | 'number' | 'integer' | 'boolean' | 'array';

export interface ParameterIR {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  /** Where the parameter's schema lives in the bundle. */
  schema: SchemaPointer;
  /** The schema's first non-null type (`string` when it names none another parameter could carry). */
  type: ParameterType;
  /** For an array: its items' type, the same way. */
  itemType?: ParameterType;
  example?: unknown;
}

/**
 * The property names a JSON value may hold (through $ref, allOf/oneOf/anyOf, if/then/else, nested objects and array
 * items): `open` when any other name is allowed too. The server reports a property outside them.
 */
export interface KnownPropertiesIR {
  open?: true;
  properties?: Record<string, KnownPropertiesIR>;
  items?: KnownPropertiesIR;
}

/** One field of a multipart body. */
export interface PartIR {
  name: string;
  required: boolean;
}

/** One media type of a response. */
export interface MediaIR {
  contentType: string;
  /** Absent when the media type declares no schema (anything goes). */
  schema?: SchemaPointer;
}

export interface BodyIR {
  required: boolean;
  /** The first media type the operation declares, e.g. `application/json`, `multipart/form-data`, `text/csv`. */
  contentType: string;
  schema: SchemaPointer;
  /** The component name when the schema is a plain `$ref` to `#/components/schemas/<Name>`. */
  schemaName?: string;
  examples: ExampleIR[];
  /** For a multipart body, the properties that carry bytes (`format: binary`, `contentMediaType`); else empty. */
  fileFields: string[];
  /** The declared media types of the same kind as `contentType` (every JSON one, or `multipart/form-data`). */
  mediaTypes: string[];
  /** For a multipart body, every field the schema declares and whether it is required; else empty. */
  parts: PartIR[];
  /** The top-level properties the schema requires (own and through `allOf`; of a `oneOf`, those every branch does). */
  requiredProperties: string[];
  /** The property names the body may hold; absent when it admits any (or is no object). */
  knownProperties?: KnownPropertiesIR;
}

export interface ResponseIR {
  /** `200`, `400`, `default`, ... as the bundle writes it. */
  status: string;
  description: string;
  /** Absent when the response has no body. */
  body?: BodyIR;
  /** Every media type the response declares (`body` is the chosen one); empty when it has no body. */
  media: MediaIR[];
}

/**
 * The answer the client returns: the first 2xx response, with or without a body (a body-less 2xx means the call
 * resolves to nothing). JSON orders status keys numerically, so "first" is the lowest 2xx. Every consumer (client,
 * server, contract kit, sandbox, docs, tests) uses this one; none looks for another 2xx.
 */
export interface SuccessIR {
  status: string;
  contentType?: string;
  /** The response body's named examples (empty without a body). */
  examples: ExampleIR[];
  /** True when the body is the `{ code: "0", data, requestId }` envelope; `data` is what the client returns. */
  enveloped: boolean;
  /** The schema of `data` when enveloped, else of the whole body; absent when the response has no body. */
  data?: SchemaPointer;
  dataSchemaName?: string;
  /** When `data` is an array of a named component (a query's answer): that component's name. */
  itemSchemaName?: string;
}

/**
 * One documented error: an example under a 4xx, 5xx or `default` response (lint's rule too), named after its
 * connectFi `code`. `status` is the response key as written, so `default` stays `default`.
 */
export interface ErrorCodeIR {
  status: string;
  /** The status a server answers the example with: `status` as a number, 500 for `default`. */
  httpStatus: number;
  /** The envelope's `code`, read from the example's value (else from its name before any `-case` suffix). */
  code: string;
  exampleName: string;
  /** The example's value: the error envelope as documented. */
  value: unknown;
}

/**
 * A keyword of the request body's schema whose failure is a business error (`x-connectfi-errors` on the schema that
 * carries it), e.g. `x-amountPrecision` -> `wrongAmount`.
 */
export interface BusinessRuleIR {
  keyword: string;
  /**
   * What the runtime repairs a failing value with: the keyword's value where it is declared (`2`, `['USD']`, `1000`);
   * for `oneOf`, the keys each branch requires (`[['cFiTransactionIds'], ['references']]`).
   */
  value: unknown;
  /**
   * The instance paths the declaring schema validates in this body, as JSON pointers (`/numberOfRecords`; the empty
   * pointer is the body itself) in which a `*` segment stands for any array index or property name: a failure of the
   * keyword elsewhere is not this rule's.
   */
  at: string[];
  /** The connectFi code the spec maps a failure to. */
  code: string;
  /** This operation's error example with that code; absent when the operation does not document it. */
  documented?: ErrorCodeIR;
  /** The schema that declares the keyword. */
  schema: SchemaPointer;
}

/**
 * The shared request patterns the client builds helpers on. An operation matches at most one; one that follows
 * neither is `plain` and still gets its facade method.
 */
export type OperationPattern =
  | { kind: 'plain' }
  /** `numberOfRecords` + `skipRecords` in; `data` = `{ <recordsKey>: [...], more }` out. */
  | { kind: 'list'; recordsKey: string; maxPageSize: number }
  /** Exactly one of `batchKeys` (arrays of at most `maxBatch` ids) in; `data` is an array of records. */
  | { kind: 'query'; batchKeys: string[]; maxBatch: number }
  /** A CSV (or other non-JSON) answer, e.g. `export-list`. */
  | { kind: 'export'; contentType: string };

export interface LifecycleTransitionIR {
  from: string;
  to: string;
  trigger: string;
}

export interface LifecycleIR {
  /** The status enum's component name, e.g. `KycApplicationStatus`. */
  schemaName: string;
  states: string[];
  initial: string[];
  terminal: string[];
  transitions: LifecycleTransitionIR[];
}

export interface SandboxTriggerIR {
  when: string;
  then: string;
  example?: string;
}

export interface OperationIR {
  operationId: string;
  /** The tag's `x-connectfi-group`: the facade namespace (`cfi.ach`). */
  group: string;
  tag: string;
  /** operationId without the group prefix, camelCased: the facade method (`achCreate` -> `create`). */
  action: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description: string;
  /** Names of the security schemes that apply; empty when the operation is open (`security: []`). */
  security: string[];
  parameters: ParameterIR[];
  requestBody?: BodyIR;
  responses: ResponseIR[];
  success?: SuccessIR;
  errors: ErrorCodeIR[];
  /** Keywords of the JSON body whose failure the spec maps to a connectFi code (see BusinessRuleIR). */
  businessRules: BusinessRuleIR[];
  fidelity?: Fidelity;
  deprecated: boolean;
  /** `x-connectfi-replaced-by`: the operationId that replaces a deprecated one. */
  replacedBy?: string;
  pattern: OperationPattern;
  /**
   * The JSON body requires `reference` (in every `oneOf` branch): connectFi deduplicates the call by it and answers
   * a repeat with `referenceExists`.
   */
  dedupedByReference: boolean;
  sandbox: SandboxTriggerIR[];
  /** `x-connectfi-behaviour`: what the operation does to which resource; absent until the spec states it. */
  behaviour?: BehaviourIR;
  /** `x-connectfi-sandbox` with its machine-readable `match` and `outcome`, in the spec's order (first match wins). */
  triggers: TriggerIR[];
  /** `x-connectfi-prerequisites`, in the order they are checked. */
  prerequisites: PrerequisiteIR[];
  /** Where the operation lives in the bundle: ['paths', route, method]. */
  pointer: SchemaPointer;
}

export interface WebhookIR {
  /** The key in the bundle's `webhooks` map, which equals its operationId. */
  name: string;
  operationId: string;
  group: string;
  tag: string;
  /** operationId without the group prefix, as for an operation. */
  action: string;
  /** The method of its path item (connectFi POSTs every webhook). */
  method: HttpMethod;
  summary: string;
  description: string;
  fidelity?: Fidelity;
  deprecated: boolean;
  body: BodyIR;
  /** True when the payload is the success envelope `{ code, data, requestId }`. */
  enveloped: boolean;
  /** The payload record's top-level properties (of `data` when enveloped), e.g. for a sandbox building payloads. */
  payloadFields: FieldIR[];
  pointer: SchemaPointer;
}

export interface GroupIR {
  /** The camelCase facade namespace from `x-connectfi-group`. */
  name: string;
  tag: string;
  description: string;
}

export interface ApiIR {
  title: string;
  version: string;
  groups: GroupIR[];
  /** In bundle order (paths, then methods in get/put/post/delete/patch order). */
  operations: OperationIR[];
  webhooks: WebhookIR[];
  lifecycles: LifecycleIR[];
  /** The root's `x-connectfi-resources`: the records the API keeps. */
  resources: ResourceIR[];
  /**
   * The header that carries the token: the name of the bundle's apiKey-in-header security scheme. The one place every
   * package, sample and test takes it from (`requireTokenHeader`, vendor.ts). The builder stops when an operation needs
   * a token and no scheme names it; absent only for an API that nothing secures.
   */
  tokenHeader?: string;
  /** The operationId of the login: the operation whose `x-connectfi-behaviour` is `auth`; absent when none is. */
  login?: string;
  /** The operationId of the bill-payment public keys (the GET answering `BillEncryptionKeys`); absent when none does. */
  billKeys?: string;
  /** The ACH SFTP batch file's row and name rules; absent when the bundle does not describe the file. */
  achBatch?: AchBatchIR;
}

/** `AchBatchFileRow` (columns in file order, the addenda column) and `AchBatchFileName` (the file-name rule). */
export interface AchBatchIR {
  rowSchema: string;
  nameSchema: string;
  /** `x-connectfi-csv-columns`: the row's properties in file order. */
  columns: string[];
  /** `x-connectfi-csv-rest`: the array property the remaining columns fill. */
  rest?: string;
  /** The file name's `pattern`. */
  namePattern: string;
}
