import type { BodySpec } from "./route.js";
export interface ParsedMultipart {
	/** What the handler receives: text fields as strings (an array when repeated), file fields as `File`. */
	body: Record<string, unknown>;
	/** The text fields only, which the Ajv schema (generated without the file fields) validates. */
	textFields: Record<string, unknown>;
}
export declare function parseMultipart(bytes: Uint8Array, contentType: string, spec: BodySpec): Promise<ParsedMultipart>;
