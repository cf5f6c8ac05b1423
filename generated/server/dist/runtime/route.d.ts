/** An Ajv standalone validator: returns true or leaves the violations in `errors`. */
export interface Validator {
	(data: unknown): boolean;
	errors?: {
		instancePath: string;
		schemaPath: string;
		keyword: string;
		params: Record<string, unknown>;
		message?: string;
	}[] | null;
}
export type ParameterType = "string" | "number" | "integer" | "boolean" | "array";
export interface ParameterSpec {
	name: string;
	in: "path" | "query" | "header";
	/** How to coerce the text of the URL or header before validation (arrays repeat the query key). */
	type: ParameterType;
	itemType?: ParameterType;
}
/** The documented envelope a business rule's failure answers, prepared at generation time from the error example. */
export interface BusinessAnswer {
	status: number;
	code: string;
	/** The example's message without its `(key=value)` detail, e.g. `Wrong amount`. */
	message: string;
	/** True when the example's message ends with the context as `(key=value, ...)`. */
	detailInMessage: boolean;
	/** The example's context entries that are constants of the rule, e.g. `{ supportedCurrency: 'USD' }`. */
	context: Record<string, unknown>;
	/** True when the example's context echoes the sent value: it goes in under the property's name (`{ amount: 1.225 }`). */
	echoValue: boolean;
}
/**
* A keyword of the body's schema whose failure is a business error (`x-connectfi-errors` in the spec), e.g.
* `x-amountPrecision` -> `wrongAmount`.
*/
export interface BusinessRuleSpec {
	keyword: string;
	/**
	* The keyword's value in the schema (`2`, `['USD']`, `1000`; for `oneOf` the keys each branch requires), from which
	* the runtime builds a value that satisfies it.
	*/
	value: unknown;
	/** The instance paths where the rule's schema applies (JSON pointers; a `*` segment is any index or name). */
	at: string[];
	/** Absent when the operation does not document the rule's code. */
	answer?: BusinessAnswer;
}
/**
* The property names a value may hold, from its schema at generation time: `properties` when the schema names
* them, `open` when it admits any (free-form object, `additionalProperties`), `items` for an array's items. `{}`:
* nothing to check (a scalar).
*/
export interface KnownProperties {
	properties?: Record<string, KnownProperties>;
	open?: boolean;
	items?: KnownProperties;
}
export interface BodySpec {
	required: boolean;
	/** The media types the operation accepts. */
	mediaTypes: string[];
	kind: "json" | "multipart";
	/** Multipart fields that carry a file: validated as present and a file here, left out of the Ajv schema. */
	fileFields: {
		name: string;
		required: boolean;
	}[];
	validate: Validator;
	/** The names the body may hold, for `unknownProperties` (absent: not checked). */
	knownProperties?: KnownProperties;
	/** Absent when the body's schema has no business rule. */
	businessRules?: BusinessRuleSpec[];
}
export interface RouteSpec {
	operationId: string;
	/** Upper case, e.g. `POST`. */
	method: string;
	/** As the spec writes it, e.g. `/customer/status/{customerId}`. */
	path: string;
	/** False for the open operations (`security: []`). */
	secured: boolean;
	parameters: ParameterSpec[];
	/** Validates `{ path, query, header }` at once; absent when the operation has no parameters. */
	validateParameters?: Validator;
	body?: BodySpec;
	/** Documented responses: status (as the spec writes it, `200`, `default`) -> media types -> validator export name. */
	responses: Record<string, Record<string, string>>;
}
