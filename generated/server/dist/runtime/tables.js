// Several route tables behind one pipeline: the sandbox serves connectFi's API and its own control API on one port.
// Both are generated the same way; combining them refuses a route or validator name that two tables claim, because
// one of the two would silently win.
export function combineTables(first, ...others) {
	const all = [first, ...others];
	const seen = new Map();
	for (const route of all.flatMap((t) => t.routes)) {
		for (const key of [`${route.method} ${route.path}`, route.operationId]) {
			if (seen.has(key)) throw new Error(`two route tables define ${key} (${seen.get(key)} and ${route.operationId})`);
			seen.set(key, route.operationId);
		}
	}
	const tokenHeaders = new Set(all.map((t) => t.tokenHeader));
	if (tokenHeaders.size > 1) throw new Error(`the tables send their token in different headers: ${[...tokenHeaders].join(", ")}`);
	let validators;
	const loadAll = async () => {
		const modules = await Promise.all(all.map((t) => t.loadResponseValidators()));
		const merged = {};
		for (const module of modules) {
			for (const [name, validate] of Object.entries(module)) {
				if (name in merged && merged[name] !== validate) throw new Error(`two route tables export a response validator named ${name}`);
				merged[name] = validate;
			}
		}
		return merged;
	};
	return {
		routes: all.flatMap((t) => t.routes),
		tokenHeader: first.tokenHeader,
		loadResponseValidators: () => validators ??= loadAll()
	};
}
