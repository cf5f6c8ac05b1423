import type { OutgoingAnswer } from "./call.js";
import type { AnyAnswer } from "./handler-types.js";
import type { RouteSpec } from "./route.js";
export declare function serialise(route: RouteSpec, answer: AnyAnswer): OutgoingAnswer;
