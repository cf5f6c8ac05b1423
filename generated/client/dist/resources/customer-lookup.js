import { operationMeta } from "../operations.js";
class CustomerLookupApi {
  constructor(core) {
    this.core = core;
  }
  core;
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
  cardList(customerId, options) {
    return this.core.call(operationMeta.customerLookupCardList, { path: { "customerId": customerId } }, options);
  }
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
  accountList(customerId, options) {
    return this.core.call(operationMeta.customerLookupAccountList, { path: { "customerId": customerId } }, options);
  }
}
export {
  CustomerLookupApi
};
