import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import { applyMigrations, currentVersion } from "./migrations.js";
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
class SqlStore {
  constructor(kind, location, db) {
    this.kind = kind;
    this.location = location;
    this.db = db;
  }
  kind;
  location;
  db;
  /** `:memory:` or a file path (its directory must exist): WAL journal, `synchronous=FULL`, 5 s busy timeout. */
  static async sqlite(file) {
    const { default: Database } = await import("better-sqlite3");
    const database = new Database(file);
    if (file !== ":memory:") database.pragma("journal_mode = WAL");
    database.pragma("synchronous = FULL");
    database.pragma("busy_timeout = 5000");
    const prepare = database.prepare.bind(database);
    const statements = /* @__PURE__ */ new Map();
    database.prepare = ((source) => {
      let statement = statements.get(source);
      if (!statement) {
        if (statements.size >= 1e3) statements.clear();
        statement = prepare(source);
        statements.set(source, statement);
      }
      return statement;
    });
    return new SqlStore("sqlite", file, new Kysely({ dialect: new SqliteDialect({ database }) }));
  }
  /** A pool on `url` (postgres://user@host:port/db). */
  static async postgres(url, poolSize = 10) {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    pool.on("error", () => {
    });
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
        await sql`rollback`.execute(conn).catch(() => {
        });
        throw error;
      }
    });
  }
  queued = [];
  flushing = false;
  /**
   * Group commit for the hot writes on SQLite: the writes that arrive while a commit is in progress share the next
   * transaction (each in its own savepoint, so one refused insert does not undo the others), and every caller is
   * answered only after that transaction is durably committed. One fsync per batch instead of one per request.
   * PostgreSQL runs each in its own transaction on the pool (the server groups concurrent commits itself).
   */
  batched(fn) {
    if (this.kind === "postgres") return this.tx(fn);
    return new Promise((resolve, reject) => {
      this.queued.push({ fn, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }
  async flush() {
    while (this.queued.length) {
      const batch = this.queued.splice(0, 500);
      const outcomes = [];
      try {
        await this.tx(async (trx) => {
          for (const item of batch) {
            await sql`savepoint w`.execute(trx);
            try {
              outcomes.push({ ok: true, value: await item.fn(trx) });
              await sql`release w`.execute(trx);
            } catch (error) {
              await sql`rollback to w`.execute(trx);
              await sql`release w`.execute(trx);
              outcomes.push({ ok: false, error });
            }
          }
        });
        batch.forEach((item, i) => {
          const outcome = outcomes[i];
          if (outcome.ok) item.resolve(outcome.value);
          else item.reject(outcome.error);
        });
      } catch (error) {
        batch.forEach((item) => item.reject(error));
      }
    }
    this.flushing = false;
  }
  /** All pending migrations in one transaction, under a lock, so processes starting together apply each once. */
  migrate() {
    return this.tx(async (trx) => {
      if (this.kind === "postgres") await sql`select pg_advisory_xact_lock(4020)`.execute(trx);
      return applyMigrations(trx);
    });
  }
  async health() {
    try {
      return { kind: this.kind, reachable: true, migrationVersion: await currentVersion(this.db), location: this.location };
    } catch {
      return { kind: this.kind, reachable: false, migrationVersion: 0, location: this.location };
    }
  }
  close() {
    return this.db.destroy();
  }
  async createUser(user) {
    try {
      await this.db.insertInto("api_users").values({ login: user.login, password_hash: user.passwordHash, tenant: user.tenant, aggregator_id: user.aggregatorId }).execute();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
  async findUser(login) {
    const row = await this.db.selectFrom("api_users").selectAll().where("login", "=", login).executeTakeFirst();
    return row && { login: row.login, passwordHash: row.password_hash, tenant: row.tenant, aggregatorId: row.aggregator_id };
  }
  async setPasswordHash(login, passwordHash) {
    await this.db.updateTable("api_users").set({ password_hash: passwordHash }).where("login", "=", login).execute();
  }
  async saveSession(s) {
    await this.db.insertInto("sessions").values({ token_hash: s.tokenHash, login: s.login, tenant: s.tenant, aggregator_id: s.aggregatorId, expires_at: s.expiresAt }).execute();
  }
  async findSession(tokenHash) {
    const row = await this.db.selectFrom("sessions").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
    return row && { tokenHash: row.token_hash, login: row.login, tenant: row.tenant, aggregatorId: row.aggregator_id, expiresAt: row.expires_at };
  }
  async insertRecord(record, deliveries = []) {
    try {
      await this.batched(async (trx) => {
        await trx.insertInto("records").values(recordRow(record)).execute();
        if (deliveries.length) await trx.insertInto("deliveries").values(deliveries.map(deliveryRow)).execute();
      });
      return { inserted: true };
    } catch (error) {
      if (!isUniqueViolation(error) || record.reference === null) throw error;
      const existing = await this.db.selectFrom("records").select("id").where("tenant", "=", record.tenant).where("resource", "=", record.resource).where("reference", "=", record.reference).executeTakeFirst();
      if (!existing) throw error;
      return { inserted: false, existingId: existing.id };
    }
  }
  async getRecord(tenant, resource, id) {
    const row = await this.db.selectFrom("records").selectAll().where("tenant", "=", tenant).where("resource", "=", resource).where("id", "=", id).executeTakeFirst();
    return row && toRecord(row);
  }
  async findRecords(tenant, resource, filter) {
    const base = this.db.selectFrom("records").selectAll().where("tenant", "=", tenant).where("resource", "=", resource);
    const rows = await applyFilter(base, filter).orderBy("created_at", "desc").orderBy("id", "desc").execute();
    return rows.map(toRecord);
  }
  async listRecords(tenant, resource, filter, page) {
    const base = this.db.selectFrom("records").selectAll().where("tenant", "=", tenant).where("resource", "=", resource);
    const rows = await applyFilter(base, filter).orderBy("created_at", "desc").orderBy("id", "desc").limit(page.limit + 1).offset(page.skip).execute();
    return { records: rows.slice(0, page.limit).map(toRecord), more: rows.length > page.limit };
  }
  async updateRecord(record, expectedStatus, deliveries = []) {
    return this.batched(async (trx) => {
      let update = trx.updateTable("records").set({ status: record.status, data: JSON.stringify(record.data) }).where("tenant", "=", record.tenant).where("resource", "=", record.resource).where("id", "=", record.id);
      update = expectedStatus === null ? update.where("status", "is", null) : update.where("status", "=", expectedStatus);
      const result = await update.executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      if (deliveries.length) await trx.insertInto("deliveries").values(deliveries.map(deliveryRow)).execute();
      return true;
    });
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
        await this.db.insertInto("key_pairs").values({ name, private_pem: pair.privatePem, public_pem: pair.publicPem, created_at: (/* @__PURE__ */ new Date()).toISOString() }).execute();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      row = await read();
    }
    return { privatePem: row.private_pem, publicPem: row.public_pem };
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
    return { deliveries: rows.slice(0, page.limit).map(toDelivery), more: rows.length > page.limit };
  }
  async claimDeliveries(limit, staleMs) {
    const now = /* @__PURE__ */ new Date();
    const stale = new Date(now.getTime() - staleMs).toISOString();
    return this.tx(async (trx) => {
      let pick = trx.selectFrom("deliveries").select("delivery_id").where((eb) => eb.or([eb("state", "=", "pending"), eb.and([eb("state", "=", "sending"), eb("claimed_at", "<", stale)])])).orderBy("created_at").limit(limit);
      if (this.kind === "postgres") pick = pick.forUpdate().skipLocked();
      const ids = (await pick.execute()).map((r) => r.delivery_id);
      if (!ids.length) return [];
      const rows = await trx.updateTable("deliveries").set({ state: "sending", claimed_at: now.toISOString() }).where("delivery_id", "in", ids).returningAll().execute();
      return rows.map(toDelivery);
    });
  }
  async finishDelivery(deliveryId, r) {
    await this.db.updateTable("deliveries").set({ state: r.state, status_code: r.statusCode, error: r.error, duration_ms: r.durationMs, sent_at: r.dtsSent }).where("delivery_id", "=", deliveryId).execute();
  }
}
function openStore(db) {
  return /^postgres(ql)?:\/\//.test(db) ? SqlStore.postgres(db) : SqlStore.sqlite(db);
}
export {
  SqlStore,
  openStore
};
