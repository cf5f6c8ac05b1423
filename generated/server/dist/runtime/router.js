// Finds the operation for a method and path without scanning every route: a Map lookup for static paths, and a
// per-segment trie for paths with `{parameters}` (a static segment wins over a parameter at the same depth).
const newNode = () => ({ children: new Map() });
const PARAM = /^\{([^}]+)\}$/;
export function createRouter(routes) {
	const statics = new Map();
	const root = newNode();
	for (const route of routes) {
		const methods = route.path.includes("{") ? insert(root, route.path) : getOrSet(statics, route.path);
		if (methods.has(route.method)) throw new Error(`Two routes for ${route.method} ${route.path}`);
		methods.set(route.method, route);
	}
	return { match(method, path) {
		const byStatic = statics.get(path);
		const route = byStatic?.get(method);
		if (route) return {
			kind: "found",
			route,
			params: {}
		};
		// A static path may also fit a parameterised one (`/card/list` and `GET /card/{cardId}`).
		const params = {};
		const node = walk(root, path.split("/"), 1, params);
		const viaTrie = node?.methods?.get(method);
		if (viaTrie) return {
			kind: "found",
			route: viaTrie,
			params
		};
		const allowed = [...new Set([...byStatic?.keys() ?? [], ...node?.methods?.keys() ?? []])];
		return allowed.length ? {
			kind: "wrongMethod",
			allowed
		} : { kind: "none" };
	} };
}
function getOrSet(map, key) {
	let methods = map.get(key);
	if (!methods) map.set(key, methods = new Map());
	return methods;
}
function insert(root, path) {
	let node = root;
	for (const segment of path.split("/").slice(1)) {
		const param = PARAM.exec(segment);
		if (param) {
			if (node.param && node.param.name !== param[1]) throw new Error(`${path}: {${param[1]}} and {${node.param.name}} share one position`);
			node.param ??= {
				name: param[1],
				node: newNode()
			};
			node = node.param.node;
		} else {
			let child = node.children.get(segment);
			if (!child) node.children.set(segment, child = newNode());
			node = child;
		}
	}
	return node.methods ??= new Map();
}
/** Depth-first, static child first; backtracks so `/a/b` and `/a/{id}/c` both resolve. Empty segments never match. */
function walk(node, segments, index, params) {
	if (index === segments.length) return node.methods ? node : undefined;
	const segment = segments[index];
	if (segment === "") return undefined;
	const child = node.children.get(segment);
	const found = child && walk(child, segments, index + 1, params);
	if (found) return found;
	if (!node.param) return undefined;
	const viaParam = walk(node.param.node, segments, index + 1, params);
	if (viaParam) params[node.param.name] = segment;
	return viaParam;
}
