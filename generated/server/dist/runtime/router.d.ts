export type RouteMatch<R> = {
	kind: "found";
	route: R;
	params: Record<string, string>;
} | {
	kind: "wrongMethod";
	allowed: string[];
} | {
	kind: "none";
};
export interface Router<R> {
	match(method: string, path: string): RouteMatch<R>;
}
export declare function createRouter<R extends {
	method: string;
	path: string;
}>(routes: R[]): Router<R>;
