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
var client_exports = {};
__export(client_exports, {
  ConnectFi: () => ConnectFi,
  createConnectFiClient: () => createConnectFiClient
});
module.exports = __toCommonJS(client_exports);
var import_core = require("./runtime/core.js");
var import_low_level = require("./runtime/low-level.js");
var import_bill_keys = require("./runtime/bill-keys.js");
var import_operations = require("./operations.js");
var import_version = require("./version.js");
var import_resources = require("./resources/index.js");
const TOKEN_HEADER = "x-connectfi-token";
class ConnectFi {
  /** The low-level openapi-fetch client: typed by `paths`, sharing the login; no retries, envelopes or typed errors. */
  raw;
  /** The bill-payment public keys (`GET /transfer-to/bills/public-encryption-keys`), fetched once and cached for an hour. */
  billKeys;
  core;
  auth;
  user;
  health;
  customer;
  akepa;
  ach;
  bills;
  card;
  wire;
  combo;
  acquiring;
  check;
  ibis;
  customerKyc;
  document;
  customerLookup;
  condor;
  constructor(options) {
    this.core = new import_core.ConnectFiCore({ tokenHeader: TOKEN_HEADER, userAgent: import_version.USER_AGENT, ...options });
    this.raw = (0, import_low_level.createLowLevelClient)(this.core, options.baseUrl, TOKEN_HEADER, import_operations.openRoutes, options.fetch);
    this.billKeys = new import_bill_keys.BillKeyCache((callOptions) => this.core.call(import_operations.operationMeta.billsPublicEncryptionKeys, {}, callOptions));
    this.auth = new import_resources.AuthApi(this.core);
    this.user = new import_resources.UserApi(this.core);
    this.health = new import_resources.HealthApi(this.core);
    this.customer = new import_resources.CustomerApi(this.core);
    this.akepa = new import_resources.AkepaApi(this.core);
    this.ach = new import_resources.AchApi(this.core);
    this.bills = new import_resources.BillsApi(this.core);
    this.card = new import_resources.CardApi(this.core);
    this.wire = new import_resources.WireApi(this.core);
    this.combo = new import_resources.ComboApi(this.core);
    this.acquiring = new import_resources.AcquiringApi(this.core);
    this.check = new import_resources.CheckApi(this.core);
    this.ibis = new import_resources.IbisApi(this.core);
    this.customerKyc = new import_resources.CustomerKycApi(this.core);
    this.document = new import_resources.DocumentApi(this.core);
    this.customerLookup = new import_resources.CustomerLookupApi(this.core);
    this.condor = new import_resources.CondorApi(this.core);
  }
}
function createConnectFiClient(options) {
  return new ConnectFi(options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ConnectFi,
  createConnectFiClient
});
