import type { Kit } from "./runtime/cli.js";
/** The contract table, the response validators and the bundle the mock serves, all shipped in this package. */
export declare function loadKit(): Kit;
