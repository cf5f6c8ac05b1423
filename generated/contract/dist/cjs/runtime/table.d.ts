export type JsonValue = unknown;
/** A request the kit sends: the operation's route with these parameter values and this body. */
export interface RequestSpec {
	/** Path and query parameter values by name. */
	path: Record<string, string>;
	query: Record<string, string | string[]>;
	/** JSON (or multipart text fields and file stand-ins) body; absent when the operation takes none. */
	body?: JsonValue;
	/** Sent verbatim instead of `body` (malformed JSON). */
	rawBody?: string;
	/** Overrides the operation's method (wrong-method case). */
	method?: string;
}
export interface PositiveCase {
	/** The documented request example's name (`login`, `01-ach-credit`), or `parameters` for a bodiless operation. */
	example: string;
	request: RequestSpec;
	/** The sandbox trigger this example reproduces (`x-connectfi-sandbox`), checked with `verify --sandbox`. */
	trigger?: TriggerExpectation;
	/** Ciphertext the kit replaces with its own test value encrypted under the target's key. */
	encrypted?: EncryptedField[];
}
export interface TriggerExpectation {
	/** Prose for the report: "amount 17.00 < x <= 18.00". */
	when: string;
	/** The documented error the trigger answers, or the status the created record takes (at `field` of `data`). */
	outcome: {
		error: {
			status: string;
			code: string;
		};
	} | {
		status: string;
		field?: string;
		set?: Record<string, unknown>;
	};
	/** Conditions the trigger reads from stored records (`check.amount`): the kit creates records that meet them. */
	records?: Record<string, Condition>;
}
/** One test on a value, as the IR states it (exactly one key): `{ eq: 'business' }`, `{ in: ['A', 'S'] }`. */
export type Condition = Partial<{
	eq: string | number | boolean | null;
	ne: string | number | boolean | null;
	in: (string | number)[];
	gt: number;
	gte: number;
	lt: number;
	lte: number;
	between: [number, number];
	pattern: string;
	exists: boolean;
	/** Every one of these (the kit's own: two facts that test one value, a transition's source and a prerequisite). */
	all: Condition[];
}>;
/**
* A ciphertext property of a documented request example (`card.encryptedData`, `accountNumberEncrypted`): the
* example's ciphertext is under the vendor's key, so the kit encrypts a test value under the target's published key.
*/
export interface EncryptedField {
	/** Where the ciphertext sits in the body. */
	path: string[];
	/** `card`: `PAN|YYYYMM|CVV` (a test card); `secret`: a PIN block; `number`: an account number. */
	plaintext: "card" | "secret" | "number";
	/** The example's own alphabet: base64url without padding (cards) or standard base64 (bills). */
	encoding: "base64url" | "base64";
	/** The sibling that names the key (`card.keyId`), when the example has one. */
	keyIdPath?: string[];
}
export type NegativeKind = "wrongType" | "missingRequired" | "tooLong" | "tooManyIds" | "malformedJson" | "wrongMethod" | "missingFile";
export interface NegativeCase {
	kind: NegativeKind;
	/** What the request breaks, e.g. `/amount: a string where the spec wants a number`. */
	fault: string;
	request: RequestSpec;
	/** The statuses that count as the documented refusal (400, or 404/405 for a wrong method). */
	expect: number[];
	/** The `code` the refusal must carry, when the contract fixes it (`requestValidateError` for schema violations). */
	code?: string;
}
export interface BodyContract {
	contentType: string;
	/** Multipart fields that carry a file: the example names the file, the kit sends stand-in bytes. */
	fileFields: string[];
}
/** What the spec states the operation does (the IR's `behaviour`), when it does. */
export interface BehaviourFacts {
	kind: string;
	resource?: string;
	lookup?: string;
	/** The record field `lookup` holds (absent: the resource's id field). */
	lookupField?: string;
	to?: string;
	/** For a create: the status the new record starts in (absent: the lifecycle's initial one). */
	status?: string;
	/** Fields the operation sets on the record besides the body (`uploadStatus: true`, `transferType: 'pull'`). */
	set?: Record<string, unknown>;
}
export interface PrerequisiteFacts {
	that: string;
	error: string;
	/** The documented error's code, read from the example of that name. */
	code?: string;
	/**
	* A record that must exist: of `resource`, each `where` field equal to the value (`{body.customerId}` reads the
	* request at that path; `[]` in it means every item). `as` names it for `match` and trigger conditions.
	*/
	exists?: {
		resource: string;
		where: Record<string, string | number | boolean>;
		as?: string;
	};
	/** Conditions on records already named (`card.statusCode`). */
	match?: Record<string, Condition>;
}
export interface OperationContract {
	operationId: string;
	/** Upper case. */
	method: string;
	path: string;
	secured: boolean;
	deprecated: boolean;
	body?: BodyContract;
	/** One per documented request example (all of them). */
	positives: PositiveCase[];
	negatives: NegativeCase[];
	/** Documented responses: status (`200`, `4XX`, `default`) -> media type -> response validator export name. */
	responses: Record<string, Record<string, string>>;
	success: {
		status: string;
		contentType?: string;
		enveloped: boolean;
	};
	/** The body property that deduplicates the call (`reference`): the kit sends a fresh value each time. */
	referenceField?: string;
	/** The login operation: the kit puts the caller's credentials at these body paths. */
	login?: {
		loginPath: string[];
		passwordPath: string[];
		tokenPath: string[];
	};
	/** For an export: the documented CSV header line. */
	csvHeader?: string;
	/** Documented error codes by status, from the error examples. */
	errorCodes: Record<string, string[]>;
	behaviour?: BehaviourFacts;
	prerequisites: PrerequisiteFacts[];
}
export interface ResourceFacts {
	name: string;
	idField: string;
	/** The operations that create a record of this resource (behaviour `create`), the non-deprecated first. */
	creators: string[];
	/** The status field, the statuses a new record starts in, and the lifecycle's moves (`[from, to]`). */
	status?: {
		field: string;
		initial: string[];
		transitions: [string, string][];
	};
}
export interface ContractTable {
	title: string;
	version: string;
	tokenHeader: string;
	/** The operationId of the login (`/auth/get-token`). */
	loginOperation: string;
	/** Validator export name for the error envelope (unknown path, wrong method answers). */
	errorEnvelope: string;
	operations: OperationContract[];
	resources: ResourceFacts[];
	/**
	* The sandbox control API's transition call (`POST /sandbox/transition {resource, id, to, set}`), used only with
	* `--sandbox` to move a record that the target moves by time or by hand (a KYC approval).
	*/
	sandboxTransition?: {
		method: string;
		path: string;
	};
	/** The operation that publishes the target's public encryption keys (a static answer holding PEM keys). */
	publicKeys?: string;
}
