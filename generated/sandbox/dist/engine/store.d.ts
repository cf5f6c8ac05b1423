/** One stored record of a resource (an ACH transfer, a customer, a KYC application ...). */
export interface StoredRecord {
	tenant: string;
	resource: string;
	id: string;
	/** The client's reference when the resource is deduplicated by it; unique per (tenant, resource). */
	reference: string | null;
	status: string | null;
	/** ISO-8601 with milliseconds; lists are ordered by it (newest first), then by id. */
	createdAt: string;
	/** Where the record's webhook goes, from the creating request; kept out of `data` (not a record property). */
	webhookUrl: string | null;
	/** The record's properties as the API answers them (sensitive values already masked). */
	data: Record<string, unknown>;
}
export type DeliveryState = "pending" | "sending" | "delivered" | "failed" | "skipped";
/** One webhook attempt, written in the transaction of the status change it reports (the outbox). */
export interface Delivery {
	deliveryId: string;
	tenant: string;
	webhook: string;
	recordId: string;
	url: string;
	payload: unknown;
	attempt: number;
	state: DeliveryState;
	statusCode: number | null;
	error: string | null;
	durationMs: number | null;
	dtsCreatedAt: string;
	dtsSent: string | null;
}
export interface ApiUser {
	login: string;
	/** scrypt hash, `scrypt$<salt b64>$<hash b64>`; the password itself is never stored. */
	passwordHash: string;
	tenant: string;
	aggregatorId: string;
}
export interface Session {
	/** SHA-256 of the token, hex; the token itself is never stored. */
	tokenHash: string;
	login: string;
	tenant: string;
	aggregatorId: string;
	expiresAt: string;
}
export interface RecordFilter {
	ids?: string[];
	references?: string[];
	status?: string[];
	createdFrom?: string;
	/** Exclusive upper bound. */
	createdBefore?: string;
}
export interface KeyPairPem {
	privatePem: string;
	publicPem: string;
}
export interface Health {
	kind: "sqlite" | "postgres";
	reachable: boolean;
	migrationVersion: number;
	location: string;
}
export type InsertResult = {
	inserted: true;
} | {
	inserted: false;
	existingId: string;
};
export interface Store {
	readonly kind: "sqlite" | "postgres";
	/** Where the data lives, without credentials (a file path, `:memory:`, `postgres://host:port/db`). */
	readonly location: string;
	/** Applies the migrations not yet applied; returns the version the store is at. */
	migrate(): Promise<number>;
	health(): Promise<Health>;
	close(): Promise<void>;
	createUser(user: ApiUser): Promise<boolean>;
	findUser(login: string): Promise<ApiUser | undefined>;
	setPasswordHash(login: string, passwordHash: string): Promise<void>;
	saveSession(session: Session): Promise<void>;
	findSession(tokenHash: string): Promise<Session | undefined>;
	/**
	* Inserts a record (and the deliveries its creation fires) in one transaction. A reference already used by the
	* tenant for that resource is refused by the UNIQUE constraint, not by a prior read: the existing record's id.
	*/
	insertRecord(record: StoredRecord, deliveries?: Delivery[]): Promise<InsertResult>;
	getRecord(tenant: string, resource: string, id: string): Promise<StoredRecord | undefined>;
	findRecords(tenant: string, resource: string, filter: RecordFilter): Promise<StoredRecord[]>;
	/** One page, newest first; `more` is exact (one extra row is read). */
	listRecords(tenant: string, resource: string, filter: RecordFilter, page: {
		skip: number;
		limit: number;
	}): Promise<{
		records: StoredRecord[];
		more: boolean;
	}>;
	/**
	* Writes the record's new state and its deliveries in one transaction, only if its status is still `expectedStatus`
	* (another request or process may have moved it): false when it was not.
	*/
	updateRecord(record: StoredRecord, expectedStatus: string | null, deliveries?: Delivery[]): Promise<boolean>;
	/** Deletes every record, delivery and session of the tenant (its API users stay); the number of rows deleted. */
	resetTenant(tenant: string): Promise<number>;
	/** The key pair stored under `name`, creating it with `generate` when there is none yet (first process wins). */
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
	/**
	* Marks up to `limit` pending deliveries `sending` and returns them; on PostgreSQL the rows are claimed with
	* `FOR UPDATE SKIP LOCKED`, so two processes never send one delivery twice. Deliveries left `sending` for longer than
	* `staleMs` (a process died mid-send) are claimed again.
	*/
	claimDeliveries(limit: number, staleMs: number): Promise<Delivery[]>;
	finishDelivery(deliveryId: string, result: Pick<Delivery, "state" | "statusCode" | "error" | "durationMs" | "dtsSent">): Promise<void>;
}
