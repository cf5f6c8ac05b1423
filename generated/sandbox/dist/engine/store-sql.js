// The Store on kysely: the same queries for SQLite (better-sqlite3) and PostgreSQL (pg). The only dialect-specific
// parts are the connection set-up, where SQLite commits the hot writes (sqlite-writer.ts: group commit on a writer
// thread), and `FOR UPDATE SKIP LOCKED` when claiming webhook deliveries.
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import { applyMigrations, currentVersion } from "./migrations.js";
import { configure, runBatch, SqliteWriter } from "./sqlite-writer.js";
const toRecord = (row) => ({
	tenant: row.tenant,
	resource: row.resource,
	id: row.id,
	reference: row.reference,
	status: row.status,
	createdAt: row.created_at,
	webhookUrl: row.webhook_url,
	data: JSON.parse(row.data)
});
const recordRow = (r) => ({
	tenant: r.tenant,
	resource: r.resource,
	id: r.id,
	reference: r.reference,
	status: r.status,
	created_at: r.createdAt,
	webhook_url: r.webhookUrl,
	data: JSON.stringify(r.data)
});
const toDelivery = (row) => ({
	deliveryId: row.delivery_id,
	tenant: row.tenant,
	webhook: row.webhook,
	recordId: row.record_id,
	url: row.url,
	payload: JSON.parse(row.payload),
	attempt: Number(row.attempt),
	state: row.state,
	statusCode: row.status_code === null ? null : Number(row.status_code),
	error: row.error,
	durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
	dtsCreatedAt: row.created_at,
	dtsSent: row.sent_at
});
const deliveryRow = (d) => ({
	delivery_id: d.deliveryId,
	tenant: d.tenant,
	webhook: d.webhook,
	record_id: d.recordId,
	url: d.url,
	payload: JSON.stringify(d.payload),
	attempt: d.attempt,
	state: d.state,
	status_code: d.statusCode,
	error: d.error,
	duration_ms: d.durationMs,
	created_at: d.dtsCreatedAt,
	sent_at: d.dtsSent,
	claimed_at: null
});
/** SQLite and PostgreSQL report a UNIQUE or PRIMARY KEY violation differently. */
function isUniqueViolation(error) {
	const e = error;
	return e?.code === "23505" || e?.code === "SQLITE_CONSTRAINT_UNIQUE" || e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" || /UNIQUE constraint failed/.test(e?.message ?? "");
}
function applyFilter(query, filter) {
	let q = query;
	if (filter.ids) q = filter.ids.length ? q.where("id", "in", filter.ids) : q.where(sql`1 = 0`);
	if (filter.references) q = filter.references.length ? q.where("reference", "in", filter.references) : q.where(sql`1 = 0`);
	if (filter.status) q = filter.status.length ? q.where("status", "in", filter.status) : q.where(sql`1 = 0`);
	if (filter.createdFrom) q = q.where("created_at", ">=", filter.createdFrom);
	if (filter.createdBefore) q = q.where("created_at", "<", filter.createdBefore);
	return q;
}
export class SqlStore {
	kind;
	location;
	db;
	newWriter;
	writer;
	constructor(kind, location, db, newWriter) {
		this.kind = kind;
		this.location = location;
		this.db = db;
		this.newWriter = newWriter;
	}
	/**
	* `:memory:` or a file path (its directory must exist): WAL journal, `synchronous=FULL`, 5 s busy timeout. Creations
	* and status changes are committed in groups by a SqliteWriter (on its own thread for a file).
	*/
	static async sqlite(file) {
		const { default: Database } = await import("better-sqlite3");
		const database = configure(new Database(file), file);
		const db = new Kysely({ dialect: new SqliteDialect({ database }) });
		// `:memory:` has one connection: its batches hold kysely's connection, so they never interleave with a transaction.
		return new SqlStore("sqlite", file, db, () => new SqliteWriter(file, (writes) => db.connection().execute(async () => runBatch(database, writes))));
	}
	/** A pool on `url` (postgres://user@host:port/db). */
	static async postgres(url, poolSize = 10) {
		const { default: pg } = await import("pg");
		const pool = new pg.Pool({
			connectionString: url,
			max: poolSize
		});
		// An idle client's network error must not crash the process; the next query reports it.
		pool.on("error", () => {});
		const shown = new URL(url);
		return new SqlStore("postgres", `postgres://${shown.host}${shown.pathname}`, new Kysely({ dialect: new PostgresDialect({ pool }) }));
	}
	/**
	* A write transaction. SQLite starts it with `BEGIN IMMEDIATE`, so two connections on one file queue on the busy
	* timeout instead of failing to upgrade a read lock; PostgreSQL uses its ordinary transaction.
	*/
	tx(fn) {
		if (this.kind === "postgres") return this.db.transaction().execute(fn);
		return this.db.connection().execute(async (conn) => {
			await sql`begin immediate`.execute(conn);
			try {
				const result = await fn(conn);
				await sql`commit`.execute(conn);
				return result;
			} catch (error) {
				await sql`rollback`.execute(conn).catch(() => {});
				throw error;
			}
		});
	}
	/**
	* A hot write (a creation, a status change with its outbox rows): its statements in one transaction. On SQLite the
	* SqliteWriter commits the writes that arrive together in one transaction (group commit: one fsync per batch, each
	* caller answered after that commit); PostgreSQL runs each in its own transaction on the pool (the server groups
	* concurrent commits itself). False when a `requireChanges` step found other rows (then nothing was written).
	*/
	async write(steps) {
		if (this.kind === "sqlite") {
			this.writer ??= this.newWriter();
			return this.writer.write(steps);
		}
		const notApplied = Symbol("not applied");
		try {
			return await this.tx(async (trx) => {
				for (const step of steps) {
					const result = await trx.executeQuery(CompiledQuery.raw(step.sql, [...step.parameters]));
					if (step.requireChanges !== undefined && Number(result.numAffectedRows ?? 0) !== step.requireChanges) throw notApplied;
				}
				return true;
			});
		} catch (error) {
			if (error === notApplied) return false;
			throw error;
		}
	}
	/** All pending migrations in one transaction, under a lock, so processes starting together apply each once. */
	async migrate() {
		const version = await this.tx(async (trx) => {
			if (this.kind === "postgres") await sql`select pg_advisory_xact_lock(4020)`.execute(trx);
			return applyMigrations(trx);
		});
		// The writer thread opens the file once it is in WAL mode and current.
		if (this.kind === "sqlite") this.writer ??= this.newWriter();
		return version;
	}
	async health() {
		try {
			return {
				kind: this.kind,
				reachable: true,
				migrationVersion: await currentVersion(this.db),
				location: this.location
			};
		} catch {
			return {
				kind: this.kind,
				reachable: false,
				migrationVersion: 0,
				location: this.location
			};
		}
	}
	async close() {
		await this.writer?.close();
		await this.db.destroy();
	}
	async createUser(user) {
		try {
			await this.db.insertInto("api_users").values({
				login: user.login,
				password_hash: user.passwordHash,
				tenant: user.tenant,
				aggregator_id: user.aggregatorId
			}).execute();
			return true;
		} catch (error) {
			if (isUniqueViolation(error)) return false;
			throw error;
		}
	}
	async findUser(login) {
		const row = await this.db.selectFrom("api_users").selectAll().where("login", "=", login).executeTakeFirst();
		return row && {
			login: row.login,
			passwordHash: row.password_hash,
			tenant: row.tenant,
			aggregatorId: row.aggregator_id
		};
	}
	async setPasswordHash(login, passwordHash) {
		await this.db.updateTable("api_users").set({ password_hash: passwordHash }).where("login", "=", login).execute();
	}
	async saveSession(s) {
		await this.db.insertInto("sessions").values({
			token_hash: s.tokenHash,
			login: s.login,
			tenant: s.tenant,
			aggregator_id: s.aggregatorId,
			expires_at: s.expiresAt
		}).execute();
	}
	async findSession(tokenHash) {
		const row = await this.db.selectFrom("sessions").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
		return row && {
			tokenHash: row.token_hash,
			login: row.login,
			tenant: row.tenant,
			aggregatorId: row.aggregator_id,
			expiresAt: row.expires_at
		};
	}
	recordInsertSql;
	/**
	* The INSERT of one record row, compiled by kysely once: every row has the same columns in the same order, so only
	* the parameters differ (compiling it anew was a twentieth of a creation's time on the event loop).
	*/
	recordInsert(row) {
		if (!this.recordInsertSql) {
			const compiled = this.db.insertInto("records").values(row).compile();
			const columns = Object.keys(row);
			if (compiled.parameters.length !== columns.length || compiled.parameters.some((p, i) => p !== row[columns[i]])) return compiled;
			this.recordInsertSql = {
				sql: compiled.sql,
				columns
			};
		}
		const { sql: text, columns } = this.recordInsertSql;
		return {
			sql: text,
			parameters: columns.map((c) => row[c])
		};
	}
	async insertRecord(record, deliveries = []) {
		try {
			if (this.kind === "postgres") await this.insertInOneStatement(record, deliveries);
			else {
				const steps = [this.recordInsert(recordRow(record))];
				if (deliveries.length) steps.push(this.db.insertInto("deliveries").values(deliveries.map(deliveryRow)).compile());
				await this.write(steps);
			}
			return { inserted: true };
		} catch (error) {
			if (!isUniqueViolation(error) || record.reference === null) throw error;
			const existing = await this.db.selectFrom("records").select("id").where("tenant", "=", record.tenant).where("resource", "=", record.resource).where("reference", "=", record.reference).executeTakeFirst();
			if (!existing) throw error;
			return {
				inserted: false,
				existingId: existing.id
			};
		}
	}
	/**
	* PostgreSQL: the record and its deliveries in ONE statement (the deliveries' insert carries the record's as a
	* data-modifying CTE), which is atomic and committed when its answer arrives, like the BEGIN / INSERT / INSERT /
	* COMMIT it replaces, in one round trip instead of three or four (bench row 10b: about a third less CPU per
	* creation, in this process and in PostgreSQL).
	*/
	async insertInOneStatement(record, deliveries) {
		const insert = this.db.insertInto("records").values(recordRow(record));
		if (!deliveries.length) await insert.execute();
		else await this.db.with("record", () => insert.returning("id")).insertInto("deliveries").values(deliveries.map(deliveryRow)).execute();
	}
	async getRecord(tenant, resource, id) {
		const row = await this.db.selectFrom("records").selectAll().where("tenant", "=", tenant).where("resource", "=", resource).where("id", "=", id).executeTakeFirst();
		return row && toRecord(row);
	}
	/** findRecords' SELECT per filter shape (which filters, how many values each), compiled by kysely once. */
	findSql = new Map();
	/**
	* Every query by id compiles the same SELECT with other values (compiling it anew was a twentieth of a query's time
	* on the event loop), so its text is kept per shape; the parameters are the filter's values in applyFilter's order.
	*/
	async findRecords(tenant, resource, filter) {
		const { ids, references, status, createdFrom, createdBefore } = filter;
		const shape = `${ids?.length ?? "-"},${references?.length ?? "-"},${status?.length ?? "-"},${createdFrom ? 1 : 0}${createdBefore ? 1 : 0}`;
		const parameters = [
			tenant,
			resource,
			...ids ?? [],
			...references ?? [],
			...status ?? []
		];
		if (createdFrom) parameters.push(createdFrom);
		if (createdBefore) parameters.push(createdBefore);
		let text = this.findSql.get(shape);
		if (text === undefined) {
			const base = this.db.selectFrom("records").selectAll().where("tenant", "=", tenant).where("resource", "=", resource);
			const compiled = applyFilter(base, filter).orderBy("created_at", "desc").orderBy("id", "desc").compile();
			// Kept only when its parameters are the ones computed above, in that order (else run as compiled, uncached).
			if (compiled.parameters.length !== parameters.length || compiled.parameters.some((p, i) => p !== parameters[i])) {
				return (await this.db.executeQuery(compiled)).rows.map(toRecord);
			}
			text = compiled.sql;
			if (this.findSql.size >= 500) this.findSql.clear();
			this.findSql.set(shape, text);
		}
		const { rows } = await this.db.executeQuery(CompiledQuery.raw(text, parameters));
		return rows.map(toRecord);
	}
	async listRecords(tenant, resource, filter, page) {
		const base = this.db.selectFrom("records").selectAll().where("tenant", "=", tenant).where("resource", "=", resource);
		const rows = await applyFilter(base, filter).orderBy("created_at", "desc").orderBy("id", "desc").limit(page.limit + 1).offset(page.skip).execute();
		return {
			records: rows.slice(0, page.limit).map(toRecord),
			more: rows.length > page.limit
		};
	}
	async updateRecord(record, expectedStatus, deliveries = []) {
		let update = this.db.updateTable("records").set({
			status: record.status,
			data: JSON.stringify(record.data)
		}).where("tenant", "=", record.tenant).where("resource", "=", record.resource).where("id", "=", record.id);
		update = expectedStatus === null ? update.where("status", "is", null) : update.where("status", "=", expectedStatus);
		const steps = [{
			...update.compile(),
			requireChanges: 1
		}];
		if (deliveries.length) steps.push(this.db.insertInto("deliveries").values(deliveries.map(deliveryRow)).compile());
		return this.write(steps);
	}
	async resetTenant(tenant) {
		return this.tx(async (trx) => {
			const records = await trx.deleteFrom("records").where("tenant", "=", tenant).executeTakeFirst();
			const deliveries = await trx.deleteFrom("deliveries").where("tenant", "=", tenant).executeTakeFirst();
			return Number(records.numDeletedRows) + Number(deliveries.numDeletedRows);
		});
	}
	async keyPair(name, generate) {
		const read = () => this.db.selectFrom("key_pairs").selectAll().where("name", "=", name).executeTakeFirst();
		let row = await read();
		if (!row) {
			const pair = generate();
			try {
				await this.db.insertInto("key_pairs").values({
					name,
					private_pem: pair.privatePem,
					public_pem: pair.publicPem,
					created_at: new Date().toISOString()
				}).execute();
			} catch (error) {
				if (!isUniqueViolation(error)) throw error;
			}
			row = await read();
		}
		return {
			privatePem: row.private_pem,
			publicPem: row.public_pem
		};
	}
	async insertDelivery(delivery) {
		await this.db.insertInto("deliveries").values(deliveryRow(delivery)).execute();
	}
	async getDelivery(tenant, deliveryId) {
		const row = await this.db.selectFrom("deliveries").selectAll().where("tenant", "=", tenant).where("delivery_id", "=", deliveryId).executeTakeFirst();
		return row && toDelivery(row);
	}
	async listDeliveries(tenant, filter, page) {
		let q = this.db.selectFrom("deliveries").selectAll().where("tenant", "=", tenant);
		if (filter.recordId) q = q.where("record_id", "=", filter.recordId);
		if (filter.webhook) q = q.where("webhook", "=", filter.webhook);
		const rows = await q.orderBy("created_at", "asc").orderBy("delivery_id", "asc").limit(page.limit + 1).offset(page.skip).execute();
		return {
			deliveries: rows.slice(0, page.limit).map(toDelivery),
			more: rows.length > page.limit
		};
	}
	async claimDeliveries(limit, staleMs) {
		const now = new Date();
		const stale = new Date(now.getTime() - staleMs).toISOString();
		const claimable = (db) => db.selectFrom("deliveries").select("delivery_id").where((eb) => eb.or([eb("state", "=", "pending"), eb.and([eb("state", "=", "sending"), eb("claimed_at", "<", stale)])]));
		// The dispatcher polls every second, mostly finding nothing. A plain read first: on SQLite the claim's BEGIN
		// IMMEDIATE waits on the event loop while the writer thread commits, which stopped every request for up to a commit.
		if (!await claimable(this.db).limit(1).executeTakeFirst()) return [];
		return this.tx(async (trx) => {
			let pick = claimable(trx).orderBy("created_at").limit(limit);
			if (this.kind === "postgres") pick = pick.forUpdate().skipLocked();
			const ids = (await pick.execute()).map((r) => r.delivery_id);
			if (!ids.length) return [];
			const rows = await trx.updateTable("deliveries").set({
				state: "sending",
				claimed_at: now.toISOString()
			}).where("delivery_id", "in", ids).returningAll().execute();
			return rows.map(toDelivery);
		});
	}
	async finishDelivery(deliveryId, r) {
		await this.db.updateTable("deliveries").set({
			state: r.state,
			status_code: r.statusCode,
			error: r.error,
			duration_ms: r.durationMs,
			sent_at: r.dtsSent
		}).where("delivery_id", "=", deliveryId).execute();
	}
}
/** `--db` or DATABASE_URL: `postgres://...` is PostgreSQL, anything else a SQLite file (or `:memory:`). */
export function openStore(db) {
	return /^postgres(ql)?:\/\//.test(db) ? SqlStore.postgres(db) : SqlStore.sqlite(db);
}
