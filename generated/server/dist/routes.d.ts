import type { RouteSpec } from "./runtime/route.js";
export declare const routes: RouteSpec[];
