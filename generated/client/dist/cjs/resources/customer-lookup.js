var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var customer_lookup_exports = {};
__export(customer_lookup_exports, {
  CustomerLookupApi: () => CustomerLookupApi
});
module.exports = __toCommonJS(customer_lookup_exports);
var import_operations = require("../operations.js");
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
    return this.core.call(import_operations.operationMeta.customerLookupCardList, { path: { "customerId": customerId } }, options);
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
    return this.core.call(import_operations.operationMeta.customerLookupAccountList, { path: { "customerId": customerId } }, options);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CustomerLookupApi
});
