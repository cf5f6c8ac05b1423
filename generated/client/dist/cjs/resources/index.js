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
var resources_exports = {};
__export(resources_exports, {
  AchApi: () => import_ach.AchApi,
  AcquiringApi: () => import_acquiring.AcquiringApi,
  AkepaApi: () => import_akepa.AkepaApi,
  AuthApi: () => import_auth.AuthApi,
  BillsApi: () => import_bills.BillsApi,
  CardApi: () => import_card.CardApi,
  CheckApi: () => import_check.CheckApi,
  ComboApi: () => import_combo.ComboApi,
  CondorApi: () => import_condor.CondorApi,
  CustomerApi: () => import_customer.CustomerApi,
  CustomerKycApi: () => import_customer_kyc.CustomerKycApi,
  CustomerLookupApi: () => import_customer_lookup.CustomerLookupApi,
  DocumentApi: () => import_document.DocumentApi,
  HealthApi: () => import_health.HealthApi,
  IbisApi: () => import_ibis.IbisApi,
  UserApi: () => import_user.UserApi,
  WireApi: () => import_wire.WireApi
});
module.exports = __toCommonJS(resources_exports);
var import_auth = require("./auth.js");
var import_user = require("./user.js");
var import_health = require("./health.js");
var import_customer = require("./customer.js");
var import_akepa = require("./akepa.js");
var import_ach = require("./ach.js");
var import_bills = require("./bills.js");
var import_card = require("./card.js");
var import_wire = require("./wire.js");
var import_combo = require("./combo.js");
var import_acquiring = require("./acquiring.js");
var import_check = require("./check.js");
var import_ibis = require("./ibis.js");
var import_customer_kyc = require("./customer-kyc.js");
var import_document = require("./document.js");
var import_customer_lookup = require("./customer-lookup.js");
var import_condor = require("./condor.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AchApi,
  AcquiringApi,
  AkepaApi,
  AuthApi,
  BillsApi,
  CardApi,
  CheckApi,
  ComboApi,
  CondorApi,
  CustomerApi,
  CustomerKycApi,
  CustomerLookupApi,
  DocumentApi,
  HealthApi,
  IbisApi,
  UserApi,
  WireApi
});
