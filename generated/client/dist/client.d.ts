import type { Client } from "openapi-fetch";
import type { paths } from "./schema.js";
import { type ClientOptions } from "./runtime/core.js";
import { BillKeyCache } from "./runtime/bill-keys.js";
import { AuthApi, UserApi, HealthApi, CustomerApi, AkepaApi, AchApi, BillsApi, CardApi, WireApi, ComboApi, AcquiringApi, CheckApi, IbisApi, CustomerKycApi, DocumentApi, CustomerLookupApi, CondorApi } from "./resources/index.js";
/** The connectFi API client (spec 0.1.0). Every method resolves to the success envelope's `data` (`.withResponse()` adds the status, headers and requestId) and throws a ConnectFiError subclass otherwise. */
export declare class ConnectFi {
	/** The low-level openapi-fetch client: typed by `paths`, sharing the login; no retries, envelopes or typed errors. */
	readonly raw: Client<paths>;
	/** The bill-payment public keys (`GET /transfer-to/bills/public-encryption-keys`), fetched once and cached for an hour. */
	readonly billKeys: BillKeyCache;
	private readonly core;
	readonly auth: AuthApi;
	readonly user: UserApi;
	readonly health: HealthApi;
	readonly customer: CustomerApi;
	readonly akepa: AkepaApi;
	readonly ach: AchApi;
	readonly bills: BillsApi;
	readonly card: CardApi;
	readonly wire: WireApi;
	readonly combo: ComboApi;
	readonly acquiring: AcquiringApi;
	readonly check: CheckApi;
	readonly ibis: IbisApi;
	readonly customerKyc: CustomerKycApi;
	readonly document: DocumentApi;
	readonly customerLookup: CustomerLookupApi;
	readonly condor: CondorApi;
	constructor(options: ClientOptions);
}
/**
* Creates a client. With `login` and `password` it logs in on first use and renews the token itself; with `token` it sends that token.
*
* @example
* ```ts
* const cfi = createConnectFiClient({ baseUrl: process.env.CONNECTFI_BASE_URL!, login: "CLIENTID_api", password: process.env.CONNECTFI_PASSWORD! });
* ```
*/
export declare function createConnectFiClient(options: ClientOptions): ConnectFi;
