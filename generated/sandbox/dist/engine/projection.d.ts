import type { ProjectionIR } from "./ir-types.js";
import { type Scope } from "./values.js";
/**
* The value `projection` describes in `scope`; `undefined` means "leave the property out". `'{path}'` leaves out a
* value that is absent or null; `$from` answers its `$default` then (which may be null), else leaves it out too;
* `$each` over nothing leaves the property out (a merge then keeps the record's list); `$find` finding nothing too.
*/
export declare function project(scope: Scope, projection: ProjectionIR): unknown;
