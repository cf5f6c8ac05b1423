/**
* A place a value is read from. Dotted, with `[]` for "every item of":
* - `body.amount`, `body.beneficiary.bankABANumber`, `body.documents[].id`: the request body;
* - `path.customerId`, `query.x`: a parameter;
* - `record.amount`: the record the operation reads or moves (record triggers, transitions);
* - `<alias>.field`: a record a prerequisite loaded under that alias (`customer.lastName`);
* - `principal.aggregatorId`: the calling API user.
*/
export type ValuePath = string;
/** One test on a value. Exactly one key is set; numbers compare as numbers, `pattern` is a JS regex source (flags `i`). */
export type ConditionIR = {
	eq: string | number | boolean | null;
} | {
	ne: string | number | boolean | null;
} | {
	in: (string | number)[];
} | {
	gt: number;
} | {
	gte: number;
} | {
	lt: number;
} | {
	lte: number;
} | {
	between: [number, number];
} | {
	pattern: string;
} | {
	exists: boolean;
};
/** Every entry must hold (AND). Keys are ValuePaths. */
export type MatchIR = Record<ValuePath, ConditionIR>;
/** A stored kind of record, e.g. `AchTransfer`, `Customer`, `KycApplication`. Declared once in `x-connectfi-resources`. */
export interface ResourceIR {
	/** The resource's name; by convention the component schema that describes the stored record. */
	name: string;
	/** The component schema of the record (what get/query/list answer). */
	schemaName: string;
	/** The record's top-level properties, so that a consumer builds and projects records without the bundle. */
	fields: FieldIR[];
	/** The property holding the record's id, e.g. `cFiTransactionId`. */
	idField: string;
	/** How new ids look: a prefix, with `{aggregator}` standing for the caller's aggregator id (`{aggregator}_`, `cstap_`). */
	idPrefix: string;
	/**
	* When the prefix depends on a field of the new record (`customerType` individual -> `cstap_`, business ->
	* `cstab_`): that field and the prefix per value; `idPrefix` stays the fallback.
	*/
	idPrefixBy?: {
		field: string;
		prefixes: Record<string, string>;
	};
	/** The property holding the client's reference when the resource is deduplicated by it. */
	referenceField?: string;
	/**
	* Status property and its lifecycle (component name of the status enum). `lifecycleBy`: when the lifecycle depends
	* on a field of the record (a unified payment follows its rail's: `transferType` wire -> `WireTransferStatus`);
	* `lifecycle` is then the one for values it does not list.
	*/
	status?: {
		field: string;
		lifecycle: string;
		lifecycleBy?: {
			field: string;
			lifecycles: Record<string, string>;
		};
	};
	/** The webhook POSTed on each asynchronous status change, and the record property holding its URL. */
	webhook?: {
		name: string;
		urlField: string;
	};
	/**
	* Another record this one keeps current: each time a record is created or moves, the `resource` record whose id is
	* at `lookup` (`record.customerId`) takes `set`, projections read with `record.` = this record (a customer's
	* `kycStatus` from its KYC application).
	*/
	updates?: {
		resource: string;
		lookup: ValuePath;
		set: Record<string, ProjectionIR>;
	};
	/**
	* On a card resource: what a card transaction posted to such a card (the sandbox control API's
	* `sandboxCardTransactionPost`) is stored as, a record of `resource` built from `set`, projections reading `body.`
	* (the control request) and `card.` (the card). Only cards of resources that declare it accept a posted transaction.
	*/
	postedAs?: {
		resource: string;
		set: Record<string, ProjectionIR>;
		fidelity: "documented" | "designed";
	};
	/** Properties that hold card numbers or account numbers: never stored in clear (kept as BIN/last 4). */
	sensitive: string[];
	fidelity: "documented" | "partial" | "designed";
}
export interface FieldIR {
	name: string;
	/** JSON types the property allows (`['string', 'null']`); `object`/`array` values are copied, not built. */
	types: string[];
	required: boolean;
	format?: string;
	enum?: unknown[];
	/** The component a `$ref` points at, when it does (`AchTransferStatus`). */
	schemaName?: string;
}
/** What an operation does. */
export type BehaviourKind = "create" | "validate" | "get" | "query" | "list" | "export" | "update" | "transition" | "auth" | "password" | "health" | "static";
export interface BehaviourIR {
	kind: BehaviourKind;
	resource?: string;
	/** Where the id of the record to read or move comes from, e.g. `path.checkId`, `body.cFiCheckId`. */
	lookup?: ValuePath;
	/**
	* The record field `lookup` is compared with; absent, the resource's idField. When several records match (the
	* applications of one customer), the newest one is meant.
	*/
	lookupField?: string;
	/** For `transition`: the status the record moves to. */
	to?: string;
	/** Body fields that are list filters, mapped to record fields when the names differ. */
	filters?: Record<string, string>;
	/**
	* For `create`: the status a new record starts in when no trigger says otherwise (a wire starts `Sent`); absent,
	* the lifecycle's first initial state.
	*/
	status?: string;
	/** For `update`/`transition`: fields the operation sets on the record besides the body (`uploadStatus: true`). */
	set?: Record<string, unknown>;
	/**
	* For `transition`: the operation's error example answered when the record's lifecycle has no move from its current
	* state to the one asked for (`checkVoidNotAllowed`), and whether the vendor documents that answer. Every
	* operation that moves a record names one.
	*/
	refused?: DeclaredErrorIR;
	/**
	* What the operation answers when its answer is not the stored record itself (a deprecated or processor-specific
	* view of it: `{ customerId, kycStatus }`, `{ condorCustomer: { first_name, ... } }`); absent, the record.
	*/
	answer?: ProjectionIR;
	/**
	* For `update`: what the body changes on the record when its names differ from the record's (a processor's flat
	* `firstName` into `customer.firstName`), built like `answer`; an object merges into the record's object. Absent,
	* the body's own properties that are record fields. For `create`/`validate`: record fields the body nests or
	* names differently (a check's `checkAttributes.amount`), laid over the body's own before the record is built.
	*/
	merge?: ProjectionIR;
	/**
	* The operation's error example answered when a ciphertext (see `encrypted`) does not decrypt with the sandbox's
	* keys. A `requestValidateError` example is answered with a context naming the property.
	*/
	decryptError?: DeclaredErrorIR;
	/**
	* For `get`/`update`/`transition`: the error example answered when `lookup` finds no record (`checkNotFound`); its
	* context gains the looked-up value under the lookup's last segment. Every operation that looks a record up names one.
	*/
	notFound?: DeclaredErrorIR;
	/**
	* For `create`/`validate` on a resource with a `referenceField`: the error example answered when the reference is
	* already used (`referenceExists`); its context gains `reference` and `entityId`, the record that has it.
	*/
	duplicate?: DeclaredErrorIR;
	/**
	* For `auth`: the error example answered when the login and password do not match (`unauthorized`); for `password`:
	* when the old password is wrong (`wrongOldPassword`), its context gains `login`. Both kinds name one.
	*/
	wrongPassword?: DeclaredErrorIR;
	/**
	* For `list`/`export` with a `...From`/`...To` date filter pair: the error example answered when the range ends
	* before it starts (`invalidDateRange`). Optional: without it such a range selects nothing.
	*/
	badDateRange?: DeclaredErrorIR;
	/** The request properties that carry ciphertext, from `x-connectfi-encrypted` on their schemas (not in the behaviour's own data). */
	encrypted?: EncryptedFieldIR[];
}
/** An error example of the operation the sandbox answers in a situation, and whether the vendor documents that answer or we designed it. */
export interface DeclaredErrorIR {
	error: string;
	fidelity: "documented" | "designed";
}
/**
* An answer built from values. A string written `'{record.customerId}'` is the value at that ValuePath (the property is
* left out when there is none); any other scalar is literal; an object or array is built entry by entry. Two forms
* take `$` keys: `{ $from: path, $map?, $default?: value, $as?: 'number' | 'string' }` (the value, renamed by `$map`
* when it names it, a fallback, a conversion)
* and `{ $each: path, $item: projection }` (one item per element of the array there, read as `item.`; a single
* object counts as one element; nothing there leaves the property out). Two more read a list of records by their
* fields: `{ $find: path, $where: { field: projection } }` (the first element whose fields equal those values; none:
* left out) and `{ $put: path, $where, $item }` (the list with that element rebuilt by `$item`, which reads it as
* `item.`, or with `$item` appended when none matches: an employee added or disabled in a business's list).
*/
export type ProjectionIR = string | number | boolean | null | ProjectionIR[] | {
	$from: ValuePath;
	$map?: Record<string, unknown>;
	$default?: unknown;
	$as?: "number" | "string";
} | {
	$each: ValuePath;
	$item: ProjectionIR;
} | {
	$find: ValuePath;
	$where: Record<string, ProjectionIR>;
} | {
	$put: ValuePath;
	$where: Record<string, ProjectionIR>;
	$item: ProjectionIR;
} | {
	[key: string]: ProjectionIR;
};
/** What the sandbox keeps of a decrypted number: its last 4, its 6-digit BIN, or the masked number (`XXXX1234`; a card's keeps its BIN). */
export type KeptPart = "last4" | "bin" | "masked" | "maskedCard";
/** A request property holding ciphertext (RSA-OAEP SHA-256 under a sandbox key); the ciphertext itself is never stored. */
export interface EncryptedFieldIR {
	/** Where it is in the body, dotted (`accountNumberEncrypted`, `card.encryptedData`). */
	path: string;
	/** The plaintext's layout: `number` (an account number), `card` (`PAN|YYYYMM|CVV`), `secret` (a PIN block: nothing kept). */
	plaintext: "number" | "card" | "secret";
	/**
	* Body properties set from the decrypted number before the record is built, each to a KeptPart: a plain name is a
	* sibling of the ciphertext (`maskedNumber`), `body.<name>` a property of the body's root (`body.last4`).
	*/
	keep: Record<string, KeptPart>;
	/** A sibling property naming the key that encrypted it (`keyId`), tried first. */
	keyField?: string;
}
/** What happens when a trigger matches. */
export type OutcomeIR = {
	error: string;
} | {
	status: string;
	set?: Record<string, unknown>;
} | {
	transition: string;
	set?: Record<string, unknown>;
};
export interface TriggerIR {
	/** Prose for the docs. */
	when: string;
	then: string;
	/** A request example of the operation that reproduces the trigger. */
	example?: string;
	/** `request`: tested on the request before the operation acts; `record`: on each record it reads (query, get). */
	on: "request" | "record";
	match: MatchIR;
	outcome: OutcomeIR;
	fidelity: "documented" | "designed";
}
/** A precondition of an operation, checked in order before it acts. */
export interface PrerequisiteIR {
	/** Prose for the docs: "the customer's KYC is approved". */
	that: string;
	/**
	* A record that must exist: of `resource`, every `where` entry equal (a value written `{body.customerId}` is read
	* from that ValuePath). A ValuePath with `[]` makes the prerequisite hold for every item. `as` names the loaded
	* record for later prerequisites, triggers and `match` (`customer.lastName`).
	*/
	exists?: {
		resource: string;
		where: Record<string, string | number | boolean>;
		as?: string;
	};
	/** Conditions on values already loaded (`customer.status`, `record.status`). */
	match?: MatchIR;
	/** The operation's documented error example answered when it does not hold. */
	error: string;
	fidelity: "documented" | "designed";
}
