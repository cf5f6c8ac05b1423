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
export type ParameterType = 'string' | 'number' | 'integer' | 'boolean' | 'array';
export interface ParameterSpec {
    name: string;
    in: 'path' | 'query' | 'header';
    /** How to coerce the text of the URL or header before validation (arrays repeat the query key). */
    type: ParameterType;
    itemType?: ParameterType;
}
export interface BodySpec {
    required: boolean;
    /** The media types the operation accepts. */
    mediaTypes: string[];
    kind: 'json' | 'multipart';
    /** Multipart fields that carry a file: validated as present and a file here, left out of the Ajv schema. */
    fileFields: {
        name: string;
        required: boolean;
    }[];
    validate: Validator;
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
