// The store's schema, as numbered migrations applied in order at start-up (`schema_migrations` records each). Both
// dialects run the same steps; a new version is a new entry at the end, never an edit of an applied one.
import { sql } from "kysely";
export const migrations = [{
	version: 1,
	name: "users, sessions, records, webhook deliveries, key pairs",
	async up(db) {
		await db.schema.createTable("api_users").addColumn("login", "text", (c) => c.primaryKey()).addColumn("password_hash", "text", (c) => c.notNull()).addColumn("tenant", "text", (c) => c.notNull().unique()).addColumn("aggregator_id", "text", (c) => c.notNull()).execute();
		await db.schema.createTable("sessions").addColumn("token_hash", "text", (c) => c.primaryKey()).addColumn("login", "text", (c) => c.notNull()).addColumn("tenant", "text", (c) => c.notNull()).addColumn("aggregator_id", "text", (c) => c.notNull()).addColumn("expires_at", "text", (c) => c.notNull()).execute();
		await db.schema.createTable("records").addColumn("tenant", "text", (c) => c.notNull()).addColumn("resource", "text", (c) => c.notNull()).addColumn("id", "text", (c) => c.notNull()).addColumn("reference", "text").addColumn("status", "text").addColumn("created_at", "text", (c) => c.notNull()).addColumn("webhook_url", "text").addColumn("data", "text", (c) => c.notNull()).addPrimaryKeyConstraint("records_pk", [
			"tenant",
			"resource",
			"id"
		]).addUniqueConstraint("records_reference_unique", [
			"tenant",
			"resource",
			"reference"
		]).execute();
		await db.schema.createIndex("records_list").on("records").columns([
			"tenant",
			"resource",
			"created_at",
			"id"
		]).execute();
		await db.schema.createTable("deliveries").addColumn("delivery_id", "text", (c) => c.primaryKey()).addColumn("tenant", "text", (c) => c.notNull()).addColumn("webhook", "text", (c) => c.notNull()).addColumn("record_id", "text", (c) => c.notNull()).addColumn("url", "text", (c) => c.notNull()).addColumn("payload", "text", (c) => c.notNull()).addColumn("attempt", "integer", (c) => c.notNull()).addColumn("state", "text", (c) => c.notNull()).addColumn("status_code", "integer").addColumn("error", "text").addColumn("duration_ms", "integer").addColumn("created_at", "text", (c) => c.notNull()).addColumn("sent_at", "text").addColumn("claimed_at", "text").execute();
		await db.schema.createIndex("deliveries_state").on("deliveries").columns(["state", "created_at"]).execute();
		// The sandbox's own RSA keys, published at the key endpoints; shared by every process on the database.
		await db.schema.createTable("key_pairs").addColumn("name", "text", (c) => c.primaryKey()).addColumn("private_pem", "text", (c) => c.notNull()).addColumn("public_pem", "text", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).execute();
		await db.schema.createIndex("deliveries_tenant").on("deliveries").columns(["tenant", "created_at"]).execute();
	}
}];
/** Creates the bookkeeping table and applies what is missing; returns the version reached. Runs inside the store's locked transaction. */
export async function applyMigrations(db) {
	await db.schema.createTable("schema_migrations").ifNotExists().addColumn("version", "integer", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull()).addColumn("applied_at", "text", (c) => c.notNull()).execute();
	for (const migration of migrations) {
		const applied = await db.selectFrom("schema_migrations").select("version").where("version", "=", migration.version).executeTakeFirst();
		if (applied) continue;
		await migration.up(db);
		await db.insertInto("schema_migrations").values({
			version: migration.version,
			name: migration.name,
			applied_at: new Date().toISOString()
		}).execute();
	}
	return currentVersion(db);
}
export async function currentVersion(db) {
	const row = await db.selectFrom("schema_migrations").select(sql`max(version)`.as("v")).executeTakeFirst();
	return Number(row?.v ?? 0);
}
