import { AuthApi } from "./auth.js";
import { UserApi } from "./user.js";
import { HealthApi } from "./health.js";
import { CustomerApi } from "./customer.js";
import { AkepaApi } from "./akepa.js";
import { AchApi } from "./ach.js";
import { BillsApi } from "./bills.js";
import { CardApi } from "./card.js";
import { WireApi } from "./wire.js";
import { ComboApi } from "./combo.js";
import { AcquiringApi } from "./acquiring.js";
import { CheckApi } from "./check.js";
import { IbisApi } from "./ibis.js";
import { CustomerKycApi } from "./customer-kyc.js";
import { DocumentApi } from "./document.js";
import { CustomerLookupApi } from "./customer-lookup.js";
import { CondorApi } from "./condor.js";
export {
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
};
