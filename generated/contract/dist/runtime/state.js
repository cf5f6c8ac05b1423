// Stateful providers: a check whose operation needs records (its prerequisites, the record it reads or moves) creates
// them first, through the creations the spec names (`x-connectfi-behaviour`, `x-connectfi-resources`), in chains (an
// employee and a company for add-employee; a customer, an approved KYC application and a card for a card
// operation), and puts their ids where the operation reads them. A record must often be in a state: the kit picks the
// documented creation whose example gives it, moves it with the documented operation that sets it (an upload), or,
// with --sandbox, through the sandbox control API (a KYC approval, which the target makes by hand or by time).
// Where none of that reaches the state, the check is "needs state" with the reason; the kit never guesses.
import { describeAnswer, judge } from "./answer-check.js";
import { both, describeConditions, expandItems, holds, mergeConditions, readAt, readRequest, valueFor } from "./conditions.js";
import { curlOf } from "./curl.js";
import { withTargetCiphertext } from "./encrypt.js";
import { outgoing, send } from "./http.js";
import { call, prepare, setAt } from "./session.js";
const MAX_DEPTH = 8;
const NEEDS_RECORD = new Set([
	"get",
	"update",
	"transition"
]);
const TEMPLATE = /^\{(.+)\}$/;
const operation = (session, id) => session.table.operations.find((o) => o.operationId === id);
/** The operation's record prerequisites, plus the record its behaviour reads or moves when no prerequisite names it. */
function recordPrerequisites(op) {
	const stated = op.prerequisites.filter((p) => p.exists);
	const b = op.behaviour;
	if (!b || !NEEDS_RECORD.has(b.kind) || !b.lookup || !b.resource) return stated;
	const covered = stated.some((p) => p.exists.resource === b.resource && Object.values(p.exists.where).includes(`{${b.lookup}}`));
	if (covered) return stated;
	return [...stated, {
		that: `the ${b.resource} it reads`,
		error: "",
		exists: {
			resource: b.resource,
			where: { [b.lookupField ?? ""]: `{${b.lookup}}` },
			as: "record"
		}
	}];
}
/** Conditions on named records (`card.statusCode`), grouped by name: the prerequisites' `match` and the trigger's. */
function conditionsByAlias(op, extra) {
	const byAlias = new Map();
	const add = (path, condition) => {
		const [alias, ...rest] = path.split(".");
		const field = rest.join(".");
		byAlias.set(alias, {
			...byAlias.get(alias),
			[field]: both(byAlias.get(alias)?.[field], condition)
		});
	};
	for (const p of op.prerequisites) for (const [path, c] of Object.entries(p.match ?? {})) add(path, c);
	for (const [path, c] of Object.entries(extra)) add(path, c);
	return byAlias;
}
/**
* A transition moves the record it looks up to `to`: that record must be in a status the lifecycle moves to `to`
* from (`to` may be read from the request: `{body.statusCode}`).
*/
function fromStatus(op, request, resource, refs) {
	const b = op.behaviour;
	if (b?.kind !== "transition" || !b.to || !b.lookup || b.resource !== resource.name || !resource.status || !refs.some(([, path]) => path === b.lookup)) return {};
	const templated = TEMPLATE.exec(b.to);
	const to = templated ? readRequest(request, templated[1]) : b.to;
	const from = resource.status.transitions.filter(([, t]) => t === to).map(([f]) => f);
	return from.length ? { [resource.status.field]: { in: from } } : {};
}
function placeAt(request, dotted, value) {
	const [where, ...rest] = dotted.split(".");
	if (where === "path") return {
		...request,
		path: {
			...request.path,
			[rest.join(".")]: String(value)
		}
	};
	if (where === "query") return {
		...request,
		query: {
			...request.query,
			[rest.join(".")]: String(value)
		}
	};
	return {
		...request,
		body: setAt(request.body ?? {}, rest, value)
	};
}
/** Creates the records the operation's request needs and puts their ids in it; `extra`: trigger conditions on them. */
async function satisfy(ctx, op, request, extra, depth) {
	const byAlias = conditionsByAlias(op, extra);
	let shortfall;
	for (const p of recordPrerequisites(op)) {
		const { resource: name, where, as } = p.exists;
		const resource = ctx.session.table.resources.find((r) => r.name === name);
		if (!resource) {
			shortfall ??= { needsState: `${op.operationId} needs a ${name}, which the contract does not describe` };
			continue;
		}
		const refs = Object.entries(where).flatMap(([field, v]) => {
			const m = typeof v === "string" ? TEMPLATE.exec(v) : null;
			return m ? [[field || resource.idField, m[1]]] : [];
		});
		const literals = Object.fromEntries(Object.entries(where).filter(([, v]) => !(typeof v === "string" && TEMPLATE.test(v))).map(([f, v]) => [f, { eq: v }]));
		const conditions = mergeConditions(literals, fromStatus(op, request, resource, refs), as ? byAlias.get(as) : undefined);
		// One record per item for `body.documents[].documentId`; a path the example does not fill addresses the record
		// another way (by reference), which the kit leaves as documented.
		const fan = refs.find(([, path]) => path.includes("[]"));
		const concrete = fan ? expandItems(request, fan[1]).map((path) => refs.map(([f, p]) => [f, p === fan[1] ? path : p])) : [refs];
		for (const placements of concrete) {
			if (!placements.length || placements.some(([, path]) => readRequest(request, path) === undefined)) continue;
			const existing = ctx.built.find((b) => b.resource.name === name && placements.every(([field, path]) => String(readAt(b.fields, field)) === String(readRequest(request, path))) && Object.entries(conditions).every(([path, c]) => holds(readAt(b.fields, path), c)));
			if (existing) continue;
			const record = await obtain(ctx, resource, conditions, depth + 1);
			if ("needsState" in record) {
				shortfall ??= record;
				continue;
			}
			for (const [field, path] of placements) {
				const value = readAt(record.fields, field);
				if (value === undefined) shortfall ??= { needsState: `the ${name} created for ${op.operationId} shows no ${field} to put at ${path}` };
				else request = placeAt(request, path, value);
			}
		}
	}
	return {
		request,
		...shortfall ? { shortfall } : {}
	};
}
/** What a creation example is expected to give: its body, the operation's `set`, and the status it starts in. */
function predicted(ctx, resource, creator, positive) {
	const outcome = positive.trigger?.outcome;
	const triggered = ctx.session.sandbox && outcome && "status" in outcome ? outcome : undefined;
	const fields = {
		...positive.request.body,
		...creator.behaviour?.set,
		...triggered?.set
	};
	const start = triggered?.status ?? creator.behaviour?.status ?? (resource.status?.initial.length === 1 ? resource.status.initial[0] : undefined);
	if (resource.status && start !== undefined) fields[resource.status.field] = start;
	return fields;
}
/** A record of `resource` meeting `conditions`: created through the documented creation that best gives them. */
async function obtain(ctx, resource, conditions, depth) {
	const wanted = Object.keys(conditions).length ? ` with ${describeConditions(conditions)}` : "";
	if (depth > MAX_DEPTH) return { needsState: `building a ${resource.name}${wanted} takes a chain of more than ${MAX_DEPTH} records` };
	const candidates = resource.creators.map((id) => operation(ctx.session, id)).filter((creator) => !recordPrerequisites(creator).some((p) => p.exists.resource === resource.name)).flatMap((creator) => creator.positives.filter((positive) => !(positive.trigger && "error" in positive.trigger.outcome)).map((positive) => {
		const fields = predicted(ctx, resource, creator, positive);
		// Met: 1; unknown, or a status or field a later move can set: 0; a field nothing moves: a conflict.
		const movable = (path, c) => path === resource.status?.field || !!moverFor(ctx.session, resource, path, c);
		const verdicts = Object.entries(conditions).map(([path, c]) => readAt(fields, path) === undefined ? 0 : holds(readAt(fields, path), c) ? 1 : movable(path, c) ? 0 : -1);
		return {
			creator,
			positive,
			conflict: verdicts.includes(-1),
			score: verdicts.reduce((a, v) => a + v, 0)
		};
	})).filter((c) => !c.conflict).sort((a, b) => b.score - a.score);
	if (!candidates.length) return { needsState: `needs a ${resource.name}${wanted}, and no documented creation of one gives that` };
	// The best candidate's reason is the one reported when none gives the record.
	let first;
	for (const { creator, positive } of candidates.slice(0, 3)) {
		const record = await create(ctx, resource, creator, positive, depth);
		const problem = "needsState" in record ? record : await reach(ctx, record, conditions, depth);
		if (!problem) return record;
		first ??= problem;
	}
	return first;
}
async function create(ctx, resource, creator, positive, depth) {
	const { session } = ctx;
	const encrypted = await withTargetCiphertext(session, positive, prepare(session, creator, positive.request));
	const ready = await satisfy(ctx, creator, encrypted.request, positive.trigger?.records ?? {}, depth);
	const ex = await call(session, creator, ready.request);
	const { problems } = judge(creator, ex, session.validators);
	const data = ex.json?.data;
	const record = recordIn(data, resource.idField);
	if (problems.length || ex.status >= 300 || !record) {
		const why = problems[0] ?? (ex.status >= 300 ? `answered ${describeAnswer(ex)}` : `its answer holds no ${resource.idField}`);
		return encrypted.shortfall ?? ready.shortfall ?? {
			needsState: `creating the ${resource.name} it needs through ${creator.operationId} (example ${positive.example}) failed: ${why}`,
			curl: curlOf(ex.request, session.secrets)
		};
	}
	const built = {
		resource,
		fields: {
			...predicted(ctx, resource, creator, {
				...positive,
				request: ready.request
			}),
			...record
		}
	};
	ctx.built.push(built);
	ctx.notes.push(`${resource.name} ${String(record[resource.idField])} through ${creator.operationId}`);
	return built;
}
/** The record in a creation's answer: `data` when it holds the id field, else the one nested object that does. */
function recordIn(data, idField) {
	if (!data || typeof data !== "object") return undefined;
	const scalar = (v) => typeof v === "string" || typeof v === "number";
	if (scalar(data[idField])) return data;
	const holders = Object.values(data).filter((v) => v && typeof v === "object" && scalar(v[idField]));
	return holders.length === 1 ? holders[0] : undefined;
}
const unmetOf = (record, conditions) => Object.entries(conditions).filter(([path, c]) => !holds(readAt(record.fields, path), c));
/** The documented update or transition of `resource` that sets `path` to a value meeting the condition. */
function moverFor(session, resource, path, condition) {
	return session.table.operations.find((o) => o.behaviour?.resource === resource.name && o.behaviour.lookup && (o.behaviour.kind === "update" || o.behaviour.kind === "transition") && (o.behaviour.set && path in o.behaviour.set ? holds(o.behaviour.set[path], condition) : path === resource.status?.field && o.behaviour.to !== undefined && holds(o.behaviour.to, condition)));
}
/** Moves the record until it meets the conditions; undefined when it does, else why it cannot. */
async function reach(ctx, record, conditions, depth) {
	for (const [path, condition] of unmetOf(record, conditions)) {
		if (holds(readAt(record.fields, path), condition)) continue;
		const mover = moverFor(ctx.session, record.resource, path, condition);
		if (mover) {
			const problem = await move(ctx, record, mover, depth);
			if (problem) return problem;
		}
	}
	const unmet = unmetOf(record, conditions);
	if (!unmet.length) return undefined;
	const status = record.resource.status;
	const shown = unmet.map(([path]) => `${path} ${JSON.stringify(readAt(record.fields, path)) ?? "(none)"}`).join(", ");
	if (!status || !unmet.some(([path]) => path === status.field)) {
		// Only a lifecycle move can be made by hand; other fields come from the creation or a documented call.
		return { needsState: `needs a ${record.resource.name} with ${describeConditions(Object.fromEntries(unmet))}, which no documented creation or call gives (the one created shows ${shown})` };
	}
	const transition = ctx.session.table.sandboxTransition;
	const wanted = describeConditions(Object.fromEntries(unmet));
	if (!ctx.session.sandbox || !transition) {
		const hint = transition ? " (with --sandbox the kit moves it through the sandbox control API)" : "";
		return { needsState: `needs a ${record.resource.name} with ${wanted}, which no documented call gives (the one created shows ${shown}): the target moves it only by time or by hand${hint}` };
	}
	return controlMove(ctx, record, Object.fromEntries(unmet), transition);
}
/** The documented operation that sets what the record lacks (an upload sets `uploadStatus`), on this record. */
async function move(ctx, record, mover, depth) {
	const { session } = ctx;
	const b = mover.behaviour;
	const id = readAt(record.fields, b.lookupField ?? record.resource.idField);
	const placed = placeAt(prepare(session, mover, mover.positives[0].request), b.lookup, id);
	const ready = await satisfy(ctx, mover, placed, {}, depth + 1);
	const ex = await call(session, mover, ready.request);
	const { problems } = judge(mover, ex, session.validators);
	if (problems.length || ex.status >= 300) {
		return ready.shortfall ?? {
			needsState: `moving the ${record.resource.name} it needs through ${mover.operationId} failed: ${problems[0] ?? `answered ${describeAnswer(ex)}`}`,
			curl: curlOf(ex.request, session.secrets)
		};
	}
	Object.assign(record.fields, b.set, b.to && record.resource.status && !TEMPLATE.test(b.to) ? { [record.resource.status.field]: b.to } : {});
	ctx.notes.push(`moved through ${mover.operationId}`);
	return undefined;
}
/** The shortest path of lifecycle moves from `from` to a status that meets the condition. */
function pathTo(transitions, from, condition) {
	const seen = new Map([[from, []]]);
	const queue = [from];
	while (queue.length) {
		const at = queue.shift();
		if (at !== from && holds(at, condition)) return seen.get(at);
		for (const [f, t] of transitions) if (f === at && !seen.has(t)) {
			seen.set(t, [...seen.get(at), t]);
			queue.push(t);
		}
	}
	return undefined;
}
/** With --sandbox: the control API moves the record along its lifecycle, recording the other fields on the last move. */
async function controlMove(ctx, record, unmet, transition) {
	const { session } = ctx;
	const status = record.resource.status;
	const statusCondition = unmet[status.field] ?? { eq: readAt(record.fields, status.field) };
	const current = String(readAt(record.fields, status.field));
	const steps = holds(current, statusCondition) ? [] : pathTo(status.transitions, current, statusCondition);
	const set = Object.fromEntries(Object.entries(unmet).filter(([path]) => path !== status.field).map(([path, c]) => [path, valueFor(c)]));
	if (!steps || !steps.length || Object.values(set).includes(undefined)) {
		return { needsState: `needs a ${record.resource.name} with ${describeConditions(unmet)}, which its lifecycle does not reach from ${current} through the sandbox control API` };
	}
	const id = String(readAt(record.fields, record.resource.idField));
	for (const [i, to] of steps.entries()) {
		const body = {
			resource: record.resource.name,
			id,
			to,
			...i === steps.length - 1 && Object.keys(set).length ? { set } : {}
		};
		const out = outgoing(session.target, transition.method, transition.path, {
			path: {},
			query: {},
			body
		}, {
			contentType: "application/json",
			fileFields: []
		}, session.token);
		const ex = await send(out, session.target.timeoutMs);
		if (ex.failure || ex.status >= 300) {
			return {
				needsState: `moving the ${record.resource.name} to ${to} through the sandbox control API failed: ${ex.failure ?? `answered ${describeAnswer(ex)}`}`,
				curl: curlOf(ex.request, session.secrets)
			};
		}
		const moved = ex.json?.data?.record;
		Object.assign(record.fields, { [status.field]: to }, set, moved && typeof moved === "object" ? moved : {});
	}
	ctx.notes.push(`moved to ${steps[steps.length - 1]} through the sandbox control API`);
	return undefined;
}
/** The example's request with the records it needs created first and its ciphertext under the target's key. */
export async function setUp(session, op, positive) {
	const encrypted = await withTargetCiphertext(session, positive, prepare(session, op, positive.request));
	const ctx = {
		session,
		built: [],
		notes: []
	};
	const ready = await satisfy(ctx, op, encrypted.request, positive.trigger?.records ?? {}, 0);
	const shortfall = encrypted.shortfall ?? ready.shortfall;
	return {
		request: ready.request,
		...ctx.notes.length ? { note: `on ${ctx.notes.join(", ")}` } : {},
		...shortfall ? { shortfall } : {}
	};
}
