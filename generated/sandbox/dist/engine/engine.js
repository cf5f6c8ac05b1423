// The engine: one generic handler per behaviour kind, driven by the model (the spec's resources, lifecycles,
// triggers and prerequisites, as the sandbox emitter wrote them from the IR). No operation is special-cased here; an
// operation behaves as its `x-connectfi-behaviour` says.
import { DocumentedError, SpecDataError, documentedError, findError } from "./errors.js";
import { randomBytes } from "node:crypto";
import { mask, newId } from "./ids.js";
import { buildRecord, maskSensitive, mergeUpdate, statusTimestampFields } from "./records.js";
import { matches, read, readAll, resolveTemplate } from "./values.js";
import { newDelivery } from "./webhooks.js";
import { project } from "./projection.js";
const EXPORT_MAX = 1e5;
const clone = (value) => JSON.parse(JSON.stringify(value));
export class Engine {
	options;
	resources = new Map();
	lifecycles = new Map();
	webhooks = new Map();
	operations = new Map();
	constructor(options) {
		this.options = options;
		for (const r of options.model.resources) this.resources.set(r.name, r);
		for (const l of options.model.lifecycles) this.lifecycles.set(l.schemaName, l);
		for (const w of options.model.webhooks) this.webhooks.set(w.name, w);
		for (const o of options.model.operations) this.operations.set(o.operationId, o);
	}
	/** One handler per operation of the model, for @connectfi/server. */
	handlers() {
		const handlers = {};
		for (const op of this.options.model.operations) {
			handlers[op.operationId] = async (input) => {
				try {
					return await this.run(op, input);
				} catch (error) {
					if (error instanceof DocumentedError) return error.answer;
					throw error;
				}
			};
		}
		return handlers;
	}
	resource(name) {
		const resource = name ? this.resources.get(name) : undefined;
		if (!resource) throw new SpecDataError(`the spec declares no resource ${JSON.stringify(name)} in x-connectfi-resources`);
		return resource;
	}
	/** The record's lifecycle: by a field of the record when the resource says so (a unified payment follows its rail's). */
	lifecycleOf(resource, data) {
		if (!resource.status) return undefined;
		const by = resource.status.lifecycleBy;
		const name = (by && data ? by.lifecycles[String(data[by.field])] : undefined) ?? resource.status.lifecycle;
		return this.lifecycles.get(name);
	}
	run(op, input) {
		const kind = op.behaviour?.kind;
		switch (kind) {
			case "auth": return this.authenticateUser(op, input);
			case "password": return this.changePassword(op, input);
			case "health": return this.health(op, input);
			case "static": return this.staticAnswer(op, input);
			case "create":
			case "validate": return this.create(op, input);
			case "get": return this.get(op, input);
			case "query": return this.query(op, input);
			case "list":
			case "export": return this.list(op, input);
			case "update":
			case "transition": return this.change(op, input);
			default: throw new SpecDataError(`${op.operationId} has no x-connectfi-behaviour the sandbox knows (${JSON.stringify(kind)})`);
		}
	}
	// ---- answers -------------------------------------------------------------------------------------------------
	ok(op, data, requestId) {
		const success = op.success;
		if (!success) return { status: 200 };
		return {
			status: success.status,
			body: success.enveloped ? {
				code: "0",
				data,
				requestId
			} : data,
			...success.contentType ? { contentType: success.contentType } : {}
		};
	}
	/** A documented error; context keys the request or record also carries take their values (`{customerId}`). */
	fail(op, name, scope, context, replaceContext) {
		const example = findError(op, name);
		if (!example) return documentedError(op, name, String(scope.requestId));
		if (replaceContext !== undefined) return new DocumentedError({
			status: example.status,
			body: {
				...example.body,
				requestId: scope.requestId,
				context: replaceContext
			}
		});
		let ctx = example.body.context;
		let message = example.body.message;
		if (ctx && typeof ctx === "object" && !Array.isArray(ctx)) {
			const filled = { ...ctx };
			for (const key of Object.keys(filled)) {
				const value = context?.[key] ?? read(scope, `body.${key}`) ?? read(scope, `path.${key}`) ?? read(scope, `record.${key}`);
				if (value === undefined) continue;
				// The example's message quotes its context values ("Wrong old password (login=CLIENTID_api)").
				const old = filled[key];
				if ((typeof old === "string" || typeof old === "number") && String(old) !== "" && (typeof value === "string" || typeof value === "number")) message = message.split(String(old)).join(String(value));
				filled[key] = value;
			}
			for (const [key, value] of Object.entries(context ?? {})) if (!(key in filled)) filled[key] = value;
			ctx = filled;
		} else if (context) ctx = context;
		return new DocumentedError({
			status: example.status,
			body: {
				...example.body,
				requestId: scope.requestId,
				context: ctx,
				message
			}
		});
	}
	/** The record as the operation answers it: itself, or the operation's `answer` projection of it. */
	answerOf(op, scope, data) {
		return op.behaviour?.answer === undefined ? data : project({
			...scope,
			record: data
		}, op.behaviour.answer);
	}
	scope(input) {
		return {
			body: input.body ?? {},
			path: input.params ?? {},
			query: input.query ?? {},
			principal: input.principal,
			requestId: input.requestId
		};
	}
	principal(input) {
		if (!input.principal) throw new SpecDataError("a secured operation ran without a principal");
		return input.principal;
	}
	// ---- auth, health, static ------------------------------------------------------------------------------------
	async authenticateUser(op, input) {
		const scope = this.scope(input);
		const user = await this.options.auth.verify(String(read(scope, "body.user.login")), String(read(scope, "body.user.password")));
		if (!user) throw this.fail(op, declared(op, "wrongPassword"), scope);
		return this.ok(op, await this.options.auth.issueToken(user), input.requestId);
	}
	async changePassword(op, input) {
		const principal = this.principal(input);
		const scope = this.scope(input);
		const changed = await this.options.auth.changePassword(principal.login, String(input.body?.oldPassword), String(input.body?.newPassword));
		if (!changed) throw this.fail(op, declared(op, "wrongPassword"), scope, { login: principal.login });
		return this.ok(op, { status: true }, input.requestId);
	}
	async health(op, input) {
		const store = await this.options.store.health();
		return this.ok(op, {
			status: "ok",
			dtsChecked: new Date().toISOString(),
			store: {
				kind: store.kind,
				reachable: store.reachable,
				migrationVersion: store.migrationVersion
			}
		}, input.requestId);
	}
	/**
	* State-independent answers (a biller directory, return rates) are the documented example: designed data. Public
	* keys in it (an object with a PEM) are replaced by the sandbox's own, so what a client encrypts can be decrypted.
	*/
	async staticAnswer(op, input) {
		if (op.success?.example === undefined) throw new SpecDataError(`${op.operationId} is static but documents no answer example`);
		const keys = (await this.options.keys.get()).published();
		let next = 0;
		const replaceKeys = (node) => {
			if (Array.isArray(node)) return node.map(replaceKeys);
			if (!node || typeof node !== "object") return node;
			if (typeof node.pem === "string" && /PUBLIC KEY/.test(node.pem)) {
				const key = keys[next++ % keys.length];
				return {
					...node,
					pem: key.pem,
					...node.jwk ? { jwk: key.jwk } : {},
					..."keyId" in node ? { keyId: key.keyId } : {}
				};
			}
			return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replaceKeys(v)]));
		};
		return this.ok(op, replaceKeys(clone(op.success.example)), input.requestId);
	}
	// ---- prerequisites and triggers ------------------------------------------------------------------------------
	/**
	* Records of `resource` whose fields equal `where` (newest first); id and reference use the store's keys, and a
	* path through a list (`employees[].employeeId`) holds when some item has the value.
	*/
	async findWhere(tenant, resourceName, where) {
		const resource = this.resource(resourceName);
		const filter = {};
		const rest = [];
		for (const [field, value] of Object.entries(where)) {
			if (value === undefined || value === null) return [];
			if (field === resource.idField) filter.ids = [String(value)];
			else if (field === resource.referenceField) filter.references = [String(value)];
			else if (resource.status && field === resource.status.field) filter.status = [String(value)];
			else rest.push([field, value]);
		}
		const records = await this.options.store.findRecords(tenant, resource.name, filter);
		// A field path through a list (`employees[].employeeId`) holds when some item has the value.
		return records.filter((r) => rest.every(([field, value]) => readAll(r.data, field).some((v) => v === value)));
	}
	async checkPrerequisites(op, scope, tenant, prerequisites = op.prerequisites) {
		for (const p of prerequisites) {
			if (p.exists) {
				const { resource, where, as } = p.exists;
				const fanOut = Object.entries(where).find(([, v]) => typeof v === "string" && /^\{[^}]*\[\][^}]*\}$/.test(v));
				const candidates = fanOut ? readAll(scope, String(fanOut[1]).slice(1, -1)) : [undefined];
				for (const item of candidates) {
					const criteria = Object.fromEntries(Object.entries(where).map(([field, v]) => [field, fanOut && field === fanOut[0] ? item : resolveTemplate(scope, v)]));
					const found = await this.findWhere(tenant, resource, criteria);
					if (!found.length) throw this.fail(op, p.error, scope, fanOut ? { [fanOut[0]]: item } : undefined);
					if (as) scope[as] = {
						...found[0].data,
						_status: found[0].status
					};
				}
			}
			if (p.match && !matches(scope, p.match)) throw this.fail(op, p.error, scope);
		}
	}
	firstTrigger(op, on, scope) {
		return op.triggers.find((t) => t.on === on && matches(scope, t.match));
	}
	// ---- encrypted input -----------------------------------------------------------------------------------------
	/**
	* The request's ciphertext properties (`x-connectfi-encrypted` in the spec) are decrypted with the sandbox's keys and
	* replaced by what the spec keeps of the number (masked, last 4, BIN); the ciphertext itself is dropped. A bad
	* ciphertext answers the behaviour's `decryptError`.
	*/
	async decryptBody(op, body, scope) {
		const fields = op.behaviour?.encrypted ?? [];
		const present = fields.filter((f) => typeof read(body, f.path) === "string");
		if (!present.length) return body;
		const out = clone(body);
		const keys = await this.options.keys.get();
		for (const field of present) {
			const steps = field.path.split(".");
			const name = steps.pop();
			const node = steps.length ? read(out, steps.join(".")) : out;
			const plain = keys.decrypt(String(node[name]), field.keyField && typeof node[field.keyField] === "string" ? node[field.keyField] : undefined);
			if (plain === undefined) throw this.undecryptable(op, field.path, scope);
			delete node[name];
			const number = field.plaintext === "card" ? plain.split("|")[0].trim() : plain.trim();
			for (const [target, part] of Object.entries(field.keep)) {
				const [holder, key] = target.startsWith("body.") ? [out, target.slice(5)] : [node, target];
				holder[key] ??= keptPart(number, part);
			}
		}
		return out;
	}
	/** The behaviour's decryption error; a `requestValidateError` names the property and where the keys are. */
	undecryptable(op, path, scope) {
		const name = op.behaviour?.decryptError?.error;
		if (!name) return new SpecDataError(`${op.operationId} takes ciphertext at ${path} but x-connectfi-behaviour names no decryptError`);
		if (findError(op, name)?.body.code !== "requestValidateError") return this.fail(op, name, scope);
		return this.fail(op, name, scope, undefined, [{
			instancePath: `/${path.split(".").join("/")}`,
			schemaPath: "#/x-connectfi-encrypted",
			keyword: "x-connectfi-encrypted",
			params: {},
			message: "could not be decrypted with the sandbox keys: encrypt with RSA-OAEP SHA-256 under a key from GET /transfer-to/bills/public-encryption-keys"
		}]);
	}
	// ---- create / validate ---------------------------------------------------------------------------------------
	async create(op, input) {
		const principal = this.principal(input);
		const resource = this.resource(op.behaviour.resource);
		const scope = this.scope(input);
		await this.checkPrerequisites(op, scope, principal.tenant);
		const trigger = this.firstTrigger(op, "request", scope);
		let status = op.behaviour.status ?? this.lifecycleOf(resource, scope.body)?.initial[0];
		let set = op.behaviour.set;
		if (trigger) {
			if ("error" in trigger.outcome) throw this.fail(op, trigger.outcome.error, scope);
			if ("status" in trigger.outcome) status = trigger.outcome.status;
			else status = trigger.outcome.transition;
			set = {
				...set,
				...trigger.outcome.set
			};
		}
		const decrypted = await this.decryptBody(op, scope.body, scope);
		// A body that nests or renames record fields (a check's `checkAttributes.amount`) says in `merge` where they go.
		const merge = op.behaviour.merge;
		const body = merge === undefined ? decrypted : {
			...decrypted,
			...project({
				...scope,
				body: decrypted
			}, merge)
		};
		// An operation with its own answer shape documents no record to fill gaps from.
		const template = op.behaviour.answer === undefined ? closestExample(op, body) : undefined;
		const now = new Date().toISOString();
		const prefix = resource.idPrefixBy?.prefixes[String(body[resource.idPrefixBy.field])] ?? resource.idPrefix;
		const data = buildRecord(resource, body, {
			id: newId(prefix, principal.aggregatorId),
			aggregatorId: principal.aggregatorId,
			status,
			now,
			template,
			set,
			branches: (op.success?.examples?.length ?? 0) > 1
		});
		const reference = resource.referenceField ? data[resource.referenceField] ?? null : null;
		const urlField = resource.webhook?.urlField;
		const record = {
			tenant: principal.tenant,
			resource: resource.name,
			id: String(data[resource.idField]),
			reference,
			status: resource.status ? status ?? null : null,
			createdAt: now,
			webhookUrl: urlField && typeof body[urlField] === "string" ? body[urlField] : null,
			data
		};
		if (op.behaviour.kind === "validate") {
			if (reference !== null) {
				const [existing] = await this.options.store.findRecords(principal.tenant, resource.name, { references: [reference] });
				if (existing) throw this.duplicate(op, scope, reference, existing.id);
			}
			return this.ok(op, this.answerOf(op, scope, data), input.requestId);
		}
		const result = await this.options.store.insertRecord(record);
		if (!result.inserted) throw this.duplicate(op, scope, reference, result.existingId);
		await this.updateLinked(resource, record);
		return this.ok(op, this.answerOf(op, scope, data), input.requestId);
	}
	/** The declared duplicate error, naming the reference and the record that has it. */
	duplicate(op, scope, reference, entityId) {
		return this.fail(op, declared(op, "duplicate"), scope, {
			reference,
			entityId
		});
	}
	// ---- reads ---------------------------------------------------------------------------------------------------
	/** The record an operation reads or moves: `lookup` compared with `lookupField` (default the id), newest first. */
	async lookup(op, scope, tenant) {
		const behaviour = op.behaviour;
		const resource = this.resource(behaviour.resource);
		const value = behaviour.lookup ? read(scope, behaviour.lookup) : undefined;
		const field = behaviour.lookupField ?? resource.idField;
		const found = value === undefined || value === null ? [] : await this.findWhere(tenant, resource.name, { [field]: value });
		if (found[0]) return found[0];
		const key = behaviour.lookup?.split(".").pop() ?? field;
		throw this.fail(op, declared(op, "notFound"), scope, { [key]: value });
	}
	/** Record triggers (a wire of 12.91 completes when queried): the first that matches moves the record. */
	async applyRecordTriggers(op, record, scope) {
		const trigger = this.firstTrigger(op, "record", {
			...scope,
			record: record.data
		});
		if (!trigger) return record;
		if ("error" in trigger.outcome) throw this.fail(op, trigger.outcome.error, {
			...scope,
			record: record.data
		});
		const to = "transition" in trigger.outcome ? trigger.outcome.transition : trigger.outcome.status;
		if (record.status === to) return record;
		const moved = await this.move(record, to, trigger.outcome.set, true);
		if (moved.moved) return moved.record;
		// Another request moved it first (two queries at once): answer its state now, which that request reported.
		return await this.options.store.getRecord(record.tenant, record.resource, record.id) ?? record;
	}
	async get(op, input) {
		const principal = this.principal(input);
		const scope = this.scope(input);
		const record = await this.lookup(op, scope, principal.tenant);
		scope.record = record.data;
		await this.checkPrerequisites(op, scope, principal.tenant);
		// A read that takes a secret (a PIN to check) still refuses one the sandbox cannot decrypt.
		if (op.behaviour?.encrypted) await this.decryptBody(op, scope.body, scope);
		return this.ok(op, this.answerOf(op, scope, (await this.applyRecordTriggers(op, record, scope)).data), input.requestId);
	}
	async query(op, input) {
		const principal = this.principal(input);
		const resource = this.resource(op.behaviour.resource);
		const scope = this.scope(input);
		const body = input.body ?? {};
		const keys = op.pattern.kind === "query" ? op.pattern.batchKeys : Object.keys(body).filter((k) => Array.isArray(body[k]));
		// One key at most: the request schema's oneOf refuses a body with both before the engine runs.
		const key = keys.find((k) => Array.isArray(body[k]));
		const items = key ? body[key] : [];
		const byReference = key !== undefined && /reference/i.test(key);
		const values = [...new Set(items.map((item) => item && typeof item === "object" ? item[byReference ? resource.referenceField ?? "reference" : resource.idField] ?? item.reference : item).filter((v) => v !== undefined).map(String))];
		if (!byReference && items.some((item) => item && typeof item === "object" && item[resource.idField] === undefined)) {
			// Mixed items (combo: each by id or by reference).
			const refs = items.map((item) => item.reference).filter((v) => typeof v === "string");
			const ids = items.map((item) => item[resource.idField]).filter((v) => typeof v === "string");
			const records = [...ids.length ? await this.options.store.findRecords(principal.tenant, resource.name, { ids }) : [], ...refs.length ? await this.options.store.findRecords(principal.tenant, resource.name, { references: refs }) : []];
			const unique = [...new Map(records.map((r) => [r.id, r])).values()];
			const out = [];
			for (const r of unique) out.push((await this.applyRecordTriggers(op, r, scope)).data);
			return this.ok(op, out, input.requestId);
		}
		const records = values.length ? await this.options.store.findRecords(principal.tenant, resource.name, byReference ? { references: values } : { ids: values }) : [];
		const out = [];
		for (const r of records) out.push((await this.applyRecordTriggers(op, r, scope)).data);
		return this.ok(op, out, input.requestId);
	}
	async list(op, input) {
		const principal = this.principal(input);
		const resource = this.resource(op.behaviour.resource);
		const scope = this.scope(input);
		const body = input.body ?? {};
		const isExport = op.behaviour.kind === "export";
		const max = op.pattern.kind === "list" ? op.pattern.maxPageSize : isExport ? EXPORT_MAX : 1e3;
		// At most `max`: the request schema's `maximum` on numberOfRecords refuses more before the engine runs.
		const wanted = typeof body.numberOfRecords === "number" ? body.numberOfRecords : max;
		const skip = typeof body.skipRecords === "number" ? body.skipRecords : 0;
		await this.checkPrerequisites(op, scope, principal.tenant);
		const filter = {};
		const rest = [];
		// A list scoped to one owner (a card's transactions, a customer's cards): `lookup` compared with `lookupField`.
		if (op.behaviour.lookup) {
			const owner = read(scope, op.behaviour.lookup);
			const field = op.behaviour.lookupField ?? resource.idField;
			if (field === resource.idField) filter.ids = [String(owner)];
			else rest.push([field, owner]);
		}
		const asList = (v) => Array.isArray(v) ? v.map(String) : [String(v)];
		for (const [bodyKey, field] of Object.entries(op.behaviour.filters ?? {})) {
			const value = body[bodyKey];
			if (value === undefined || value === null) continue;
			if (/^dts/.test(field) && /From$/.test(bodyKey)) filter.createdFrom = dayStart(String(value));
			else if (/^dts/.test(field) && /To$/.test(bodyKey)) filter.createdBefore = dayAfter(String(value));
			else if (field === resource.idField) filter.ids = [...filter.ids ?? [], ...asList(value)];
			else if (field === resource.referenceField) filter.references = asList(value);
			else if (resource.status && field === resource.status.field) filter.status = asList(value);
			else rest.push([field, value]);
		}
		// A range that ends before it starts selects nothing, unless the operation declares the error it answers then.
		const badDateRange = op.behaviour.badDateRange?.error;
		if (badDateRange && filter.createdFrom && filter.createdBefore && filter.createdFrom >= filter.createdBefore) throw this.fail(op, badDateRange, scope);
		let records;
		let more;
		if (rest.length) {
			const all = (await this.options.store.findRecords(principal.tenant, resource.name, filter)).filter((r) => rest.every(([field, value]) => Array.isArray(value) ? value.includes(read(r.data, field)) : read(r.data, field) === value));
			records = all.slice(skip, skip + wanted);
			more = all.length > skip + wanted;
		} else ({records, more} = await this.options.store.listRecords(principal.tenant, resource.name, filter, {
			skip,
			limit: wanted
		}));
		const rows = records.map((r) => r.data);
		if (isExport) return this.ok(op, toCsvWith(op, resource, rows), input.requestId);
		if (op.pattern.kind === "list") return this.ok(op, {
			[op.pattern.recordsKey]: rows,
			more
		}, input.requestId);
		// A list outside the shared pattern (a customer's cards): the documented answer shows its shape.
		const example = op.success?.example;
		if (Array.isArray(example)) return this.ok(op, rows, input.requestId);
		const key = example && typeof example === "object" ? Object.keys(example).find((k) => Array.isArray(example[k])) : undefined;
		if (!key) throw new SpecDataError(`${op.operationId} lists records but its documented answer shows no array to put them in`);
		return this.ok(op, {
			..."more" in example ? { more } : {},
			[key]: rows
		}, input.requestId);
	}
	// ---- update / transition -------------------------------------------------------------------------------------
	async change(op, input) {
		const principal = this.principal(input);
		const behaviour = op.behaviour;
		const resource = this.resource(behaviour.resource);
		const scope = this.scope(input);
		const record = await this.lookup(op, scope, principal.tenant);
		scope.record = {
			...record.data,
			_status: record.status
		};
		await this.checkPrerequisites(op, scope, principal.tenant);
		const trigger = this.firstTrigger(op, "request", scope);
		// `to` may name a request value (`{body.statusCode}`: set-status moves the card to the code it is given).
		let to = behaviour.kind === "transition" && behaviour.to !== undefined ? String(resolveTemplate(scope, behaviour.to)) : undefined;
		let set = behaviour.set;
		if (trigger) {
			if ("error" in trigger.outcome) throw this.fail(op, trigger.outcome.error, scope);
			to = "status" in trigger.outcome ? trigger.outcome.status : trigger.outcome.transition;
			set = {
				...set,
				...trigger.outcome.set
			};
		}
		const body = await this.decryptBody(op, scope.body, scope);
		if (behaviour.kind === "update" || to === undefined) {
			// A body in other names than the record's says, in `merge`, which record fields it changes.
			const changes = behaviour.merge === undefined ? body : project({
				...scope,
				body
			}, behaviour.merge);
			const data = mergeUpdate(resource, record.data, changes, set);
			const next = {
				...record,
				data
			};
			if (!await this.options.store.updateRecord(next, record.status)) throw new SpecDataError(`${resource.name} ${record.id} changed while it was updated`);
			return this.ok(op, this.answerOf(op, scope, data), input.requestId);
		}
		// The call's own answer reports the new status, so no webhook fires (the vendor posts only asynchronous changes).
		const moved = await this.move({
			...record,
			data: mergeUpdate(resource, record.data, {}, undefined)
		}, to, set, false);
		if (!moved.moved) {
			const name = behaviour.refused?.error;
			if (!name) throw new SpecDataError(`${op.operationId}: ${resource.name} cannot move from ${moved.from} to ${to} and x-connectfi-behaviour names no refused error`);
			throw this.fail(op, name, scope, { entityStatus: moved.from });
		}
		return this.ok(op, this.answerOf(op, scope, moved.record.data), input.requestId);
	}
	/** The webhook payload for a record's new state. */
	payload(resource, data) {
		const webhook = resource.webhook && this.webhooks.get(resource.webhook.name);
		if (!webhook) return data;
		const payload = { ...data };
		for (const field of webhook.fields) if (field.required && payload[field.name] === undefined && field.types.includes("null")) payload[field.name] = null;
		return webhook.enveloped ? {
			code: "0",
			data: payload,
			requestId: randomBytes(16).toString("hex")
		} : payload;
	}
	/**
	* Moves a record along its lifecycle (only a transition the lifecycle lists), with the webhook delivery written in
	* the same transaction when `notify` is set and the record has a webhook URL.
	*/
	async move(record, to, set, notify) {
		const resource = this.resource(record.resource);
		const lifecycle = this.lifecycleOf(resource, record.data);
		if (!resource.status || !lifecycle) throw new SpecDataError(`${resource.name} has no status lifecycle`);
		const allowed = lifecycle.transitions.filter((t) => t.from === record.status).map((t) => t.to);
		if (!allowed.includes(to)) return {
			moved: false,
			from: record.status,
			allowed
		};
		const now = new Date().toISOString();
		const data = {
			...clone(record.data),
			...clone(set ?? {}),
			[resource.status.field]: to
		};
		for (const name of statusTimestampFields(resource, to)) data[name] = now;
		maskSensitive(resource, data);
		const next = {
			...record,
			status: to,
			data
		};
		const delivery = notify && resource.webhook && record.webhookUrl ? newDelivery(record.tenant, resource.webhook.name, record.id, record.webhookUrl, this.payload(resource, data)) : undefined;
		if (!await this.options.store.updateRecord(next, record.status, delivery ? [delivery] : [])) {
			const current = await this.options.store.getRecord(record.tenant, record.resource, record.id);
			return {
				moved: false,
				from: current?.status ?? null,
				allowed: lifecycle.transitions.filter((t) => t.from === current?.status).map((t) => t.to)
			};
		}
		if (delivery) this.options.dispatcher.kick();
		await this.updateLinked(resource, next);
		return {
			moved: true,
			record: next,
			delivery
		};
	}
	/** The record the resource's `updates` keeps current (a customer's kycStatus), set from this record's new state. */
	async updateLinked(resource, record) {
		const link = resource.updates;
		if (!link) return;
		const target = this.resource(link.resource);
		const id = read({ record: record.data }, link.lookup);
		const [other] = id === undefined || id === null ? [] : await this.findWhere(record.tenant, target.name, { [target.idField]: id });
		if (!other) return;
		const set = Object.fromEntries(Object.entries(link.set).map(([field, p]) => [field, project({ record: record.data }, p)]).filter(([, v]) => v !== undefined));
		// Last writer wins: the linked fields only ever follow the newest state of this record.
		await this.options.store.updateRecord({
			...other,
			data: {
				...other.data,
				...set
			}
		}, other.status);
	}
}
/** The error example the operation's behaviour declares for a situation the engine meets (openapi/README.md "Declared errors"). */
function declared(op, key) {
	const name = op.behaviour?.[key]?.error;
	if (!name) throw new SpecDataError(`${op.operationId}: x-connectfi-behaviour names no ${key} error, which lint requires`);
	return name;
}
/**
* The documented answer most like this request (most top-level values in common, e.g. the same `transferType`):
* its values fill what the request cannot supply.
*/
function closestExample(op, body) {
	const candidates = (op.success?.examples ?? [op.success?.example]).filter((e) => !!e && typeof e === "object" && !Array.isArray(e));
	let best;
	let bestScore = -1;
	for (const candidate of candidates) {
		const score = Object.entries(candidate).filter(([k, v]) => v !== null && typeof v !== "object" && body[k] === v).length;
		if (score > bestScore) [best, bestScore] = [candidate, score];
	}
	return best;
}
/** What the spec keeps of a decrypted number (KeptPart). */
function keptPart(number, part) {
	switch (part) {
		case "last4": return number.slice(-4);
		case "bin": return number.slice(0, 6);
		case "maskedCard": return mask(number, "card");
		default: return mask(number);
	}
}
const dayStart = (date) => date.length === 10 ? `${date}T00:00:00.000Z` : date;
function dayAfter(date) {
	if (date.length !== 10) return date;
	const d = new Date(`${date}T00:00:00.000Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString();
}
/** CSV with the documented example's header line as the columns (else the resource's scalar properties). */
function toCsvWith(op, resource, rows) {
	const example = typeof op.success?.example === "string" ? op.success.example : undefined;
	const columns = example ? example.split(/\r?\n/)[0].split(",") : resource.fields.filter((f) => !f.types.includes("object") && !f.types.includes("array")).map((f) => f.name);
	const cell = (value) => {
		if (value === undefined || value === null) return "";
		const text = typeof value === "object" ? JSON.stringify(value) : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, "\"\"")}"` : text;
	};
	return `${[columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\n")}\n`;
}
