import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.customerLookup`: The older `/card/list` and `/account/list` lookups by customer. Use `/ibis/card/list` instead. */
export declare class CustomerLookupApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* List the cards of a customer (deprecated)
	*
	* Replaced by `POST /ibis/card/list` (`ibisCardList`); use that for new work.
	* Lists every card issued to a customer with the accounts linked to
	* each. A customer with no cards, or an unknown customer, gets an empty `cards` list with code `"0"`, not an error.
	* **Designed here:** required flags and lengths (the vendor shows the example only).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /card/list/{customerId}` (customerLookupCardList)
	*
	* @deprecated Use `cfi.ibis.cardList()` (ibisCardList) instead.
	* @example
	* ```ts
	* const data = await cfi.customerLookup.cardList("csta_6clNH3W2pBehujY8mpTCU8");
	* ```
	*/
	cardList(customerId: T.CustomerLookupCardListPath["customerId"], options?: RequestOptions): APIPromise<T.CustomerLookupCardListData>;
	/**
	* List the accounts of a customer (deprecated)
	*
	* Replaced by `POST /ibis/card/list` (`ibisCardList`); use that for new work.
	* Lists every account of a customer with its number, routing number and linked cards;
	* `/ibis/card/list` lists vAccounts with the cards. A customer with no accounts, or an unknown customer, gets an empty
	* `accounts` list with code `"0"`.
	* **Designed here:** required flags and lengths (the vendor shows the example only).
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /account/list/{customerId}` (customerLookupAccountList)
	*
	* @deprecated Use `cfi.ibis.cardList()` (ibisCardList) instead.
	* @example
	* ```ts
	* const data = await cfi.customerLookup.accountList("csta_6clNH3W2pBehujY8mpTCU8");
	* ```
	*/
	accountList(customerId: T.CustomerLookupAccountListPath["customerId"], options?: RequestOptions): APIPromise<T.CustomerLookupAccountListData>;
}
