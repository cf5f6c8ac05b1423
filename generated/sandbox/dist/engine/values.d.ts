import { holds } from "./condition.js";
import type { MatchIR } from "./ir-types.js";
export { holds };
/** Everything a ValuePath may start with: `body`, `path`, `query`, `record`, `principal`, and prerequisite aliases. */
export type Scope = Record<string, unknown>;
/** Every value at `path` (a `[]` segment fans out over an array's items); missing steps give `undefined`. */
export declare function readAll(scope: Scope, path: string): unknown[];
export declare function read(scope: Scope, path: string): unknown;
/** Every entry holds; a path with `[]` holds when some item does (a trigger on any line of an address). */
export declare function matches(scope: Scope, match: MatchIR): boolean;
/** `"{body.customerId}"` -> the value there; any other value is literal. */
export declare function resolveTemplate(scope: Scope, value: unknown): unknown;
