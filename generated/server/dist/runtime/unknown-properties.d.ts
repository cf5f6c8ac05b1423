import type { KnownProperties } from "./route.js";
export interface UnknownProperty {
	/** JSON pointer of the property, e.g. `/webhookURL`, `/beneficiary/adress`. */
	path: string;
	/** The defined name it most likely means: same letters ignoring case, else within a small edit distance. */
	suggestion?: string;
}
/** The defined name `name` most likely means, if any. */
export declare function suggest(name: string, defined: string[]): string | undefined;
export declare function findUnknownProperties(known: KnownProperties, value: unknown, path?: string, found?: UnknownProperty[]): UnknownProperty[];
/** `/webhookURL (did you mean webhookUrl?)`: one report, as the header and the log line show it. */
export declare const describeUnknown: ({ path, suggestion }: UnknownProperty) => string;
/** The header's value: the reports joined, printable ASCII only (a header cannot carry more). */
export declare const unknownPropertiesHeader: (found: UnknownProperty[]) => string;
