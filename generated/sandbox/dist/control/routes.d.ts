import type { RouteSpec } from "@connectfi/server";
export declare const controlRoutes: RouteSpec[];
