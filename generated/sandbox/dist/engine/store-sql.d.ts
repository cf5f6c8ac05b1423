import type { ApiUser, Delivery, Health, InsertResult, KeyPairPem, RecordFilter, Session, Store, StoredRecord } from "./store.js";
export declare class SqlStore implements Store {
	readonly kind: "sqlite" | "postgres";
	readonly location: string;
	private readonly db;
	private readonly newWriter?;
	private writer;
	private constructor();
	/**
	* `:memory:` or a file path (its directory must exist): WAL journal, `synchronous=FULL`, 5 s busy timeout. Creations
	* and status changes are committed in groups by a SqliteWriter (on its own thread for a file).
	*/
	static sqlite(file: string): Promise<SqlStore>;
	/** A pool on `url` (postgres://user@host:port/db). */
	static postgres(url: string, poolSize?: number): Promise<SqlStore>;
	/**
	* A write transaction. SQLite starts it with `BEGIN IMMEDIATE`, so two connections on one file queue on the busy
	* timeout instead of failing to upgrade a read lock; PostgreSQL uses its ordinary transaction.
	*/
	private tx;
	/**
	* A hot write (a creation, a status change with its outbox rows): its statements in one transaction. On SQLite the
	* SqliteWriter commits the writes that arrive together in one transaction (group commit: one fsync per batch, each
	* caller answered after that commit); PostgreSQL runs each in its own transaction on the pool (the server groups
	* concurrent commits itself). False when a `requireChanges` step found other rows (then nothing was written).
	*/
	private write;
	/** All pending migrations in one transaction, under a lock, so processes starting together apply each once. */
	migrate(): Promise<number>;
	health(): Promise<Health>;
	close(): Promise<void>;
	createUser(user: ApiUser): Promise<boolean>;
	findUser(login: string): Promise<ApiUser | undefined>;
	setPasswordHash(login: string, passwordHash: string): Promise<void>;
	saveSession(s: Session): Promise<void>;
	findSession(tokenHash: string): Promise<Session | undefined>;
	private recordInsertSql;
	/**
	* The INSERT of one record row, compiled by kysely once: every row has the same columns in the same order, so only
	* the parameters differ (compiling it anew was a twentieth of a creation's time on the event loop).
	*/
	private recordInsert;
	insertRecord(record: StoredRecord, deliveries?: Delivery[]): Promise<InsertResult>;
	/**
	* PostgreSQL: the record and its deliveries in ONE statement (the deliveries' insert carries the record's as a
	* data-modifying CTE), which is atomic and committed when its answer arrives, like the BEGIN / INSERT / INSERT /
	* COMMIT it replaces, in one round trip instead of three or four (bench row 10b: about a third less CPU per
	* creation, in this process and in PostgreSQL).
	*/
	private insertInOneStatement;
	getRecord(tenant: string, resource: string, id: string): Promise<StoredRecord | undefined>;
	/** findRecords' SELECT per filter shape (which filters, how many values each), compiled by kysely once. */
	private readonly findSql;
	/**
	* Every query by id compiles the same SELECT with other values (compiling it anew was a twentieth of a query's time
	* on the event loop), so its text is kept per shape; the parameters are the filter's values in applyFilter's order.
	*/
	findRecords(tenant: string, resource: string, filter: RecordFilter): Promise<StoredRecord[]>;
	listRecords(tenant: string, resource: string, filter: RecordFilter, page: {
		skip: number;
		limit: number;
	}): Promise<{
		records: StoredRecord[];
		more: boolean;
	}>;
	updateRecord(record: StoredRecord, expectedStatus: string | null, deliveries?: Delivery[]): Promise<boolean>;
	resetTenant(tenant: string): Promise<number>;
	keyPair(name: string, generate: () => KeyPairPem): Promise<KeyPairPem>;
	insertDelivery(delivery: Delivery): Promise<void>;
	getDelivery(tenant: string, deliveryId: string): Promise<Delivery | undefined>;
	listDeliveries(tenant: string, filter: {
		recordId?: string;
		webhook?: string;
	}, page: {
		skip: number;
		limit: number;
	}): Promise<{
		deliveries: Delivery[];
		more: boolean;
	}>;
	claimDeliveries(limit: number, staleMs: number): Promise<Delivery[]>;
	finishDelivery(deliveryId: string, r: Pick<Delivery, "state" | "statusCode" | "error" | "durationMs" | "dtsSent">): Promise<void>;
}
/** `--db` or DATABASE_URL: `postgres://...` is PostgreSQL, anything else a SQLite file (or `:memory:`). */
export declare function openStore(db: string): Promise<SqlStore>;
