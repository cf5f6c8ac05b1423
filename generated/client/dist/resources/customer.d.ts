import type { APIPromise } from "../runtime/api-promise.js";
import type { ConnectFiCore } from "../runtime/core.js";
import type { RequestOptions } from "../runtime/operation.js";
import type * as T from "../types.js";
/** `cfi.customer`: Register individual and business customers, update them, and manage a business's employees. */
export declare class CustomerApi {
	private readonly core;
	constructor(core: ConnectFiCore);
	/**
	* Register a customer
	*
	* Validates and registers an individual or a business customer. It does **not** start KYC/KYB: call
	* `/akepa/identification` next. The body must match exactly one of the two schemas, told apart by `customerType`;
	* when it matches neither, the `requestValidateError` lists the violations of both. For a business, a
	* representative sent without `id` gets one generated; the answer carries every representative's id, which is the
	* `entityId` of its KYC.
	*
	* Do not register the same person or business twice: connectFi rejects a second customer with the same
	* `reference`, the same SSN (individuals) or the same FEIN (businesses). Change a registered customer with
	* `/customer/update`.
	*
	* **Sandbox:** the customer's `lastName` chooses the KYC outcome. `WaitReview` makes `/akepa/identification`
	* answer `pending_step_up`; after the front and back of a driver's licence are uploaded and linked with
	* `/akepa/update`, the application is `waiting_review` until PayGears approves or denies it by hand. The vendor
	* lists other trigger names in a table this description could not capture; this sandbox adds `Deny`, denied at
	* once, and approves any other name at once (both designed).
	*
	* **Designed here:** the vendor's property tables were not captured: the body mirrors the `GET /customer/status`
	* record, and `legalName`, `FEIN`, `identificationDocument`, the role flags, required flags and lengths are ours;
	* the answer is that record; duplicate SSNs and FEINs are assumed to answer `referenceExists`.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /customer/init` (customerInit)
	*
	* @example
	* ```ts
	* const data = await cfi.customer.init({
	*   "reference": "cust20230628x001",
	*   "customerType": "individual",
	*   "customer": {
	*     "firstName": "Janice",
	*     "lastName": "Sample",
	*     "gender": "F",
	*     "dateOfBirth": "1969-08-04",
	*     "email": "janice.sample@example.com",
	*     "citizenshipCountryCodeA3": "USA",
	*     "addresses": [
	*       {
	*         "type": "PRIMARY",
	*         "addressLine1": "123 Main Str.",
	*         "addressLine2": "apt 8",
	*         "city": "Harrisburg",
	*         "state": "PA",
	*         "postalCode": "17101",
	*         "countryCodeA3": "USA"
	*       }
	*     ],
	*     "phones": [
	*       {
	*         "type": "MOBILE",
	*         "countryCode": "1",
	*         "number": "7175550123"
	*       }
	*     ],
	*     "identificationDocument": {
	*       "type": "SSN",
	*       "value": "123456789"
	*     }
	*   }
	* });
	* ```
	*/
	init(body: T.CustomerInitBody, options?: RequestOptions): APIPromise<T.CustomerInitData>;
	/**
	* Update a customer's contact details
	*
	* Replaces the contact details a customer may change after `/customer/init`. An individual may change `email`,
	* `addresses` and `phones`; a business may change `businessAddresses`, `businessPhones` and each business
	* representative's `email`, `addresses` and `phones`. Each list sent replaces the stored one and holds at least one
	* item. A field that does not belong to the customer's type fails with `invalidField`. When a KYC application is
	* in `data_request`, supplying the missing data here resumes it.
	*
	* **Designed here:** how the customer is named (`customerId`), the `customer` wrapper (as at `/customer/init`), the
	* representative's `id` key, the answer (the updated record) and the `invalidField` and `customerNotFound` codes.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /customer/update` (customerUpdate)
	*
	* @example
	* ```ts
	* const data = await cfi.customer.update({
	*   "customerId": "cstap_6reGTr3k8vpAu8uFV7EdiN",
	*   "customer": {
	*     "email": "janice.sample@mail.example.com"
	*   }
	* });
	* ```
	*/
	update(body: T.CustomerUpdateBody, options?: RequestOptions): APIPromise<T.CustomerUpdateData>;
	/**
	* Get a customer
	*
	* Returns the customer record: `{ reference, customerId, customerType, customer }`, where `customer` holds the
	* individual's or the business's details. A business also lists its `employees`, and each business
	* representative carries the id that is the `entityId` of its KYC.
	*
	* **Designed here:** the vendor shows only the start of the individual answer: the rest of the individual record,
	* the business record, `employees` items and the `customerNotFound` error are designed.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `GET /customer/status/{customerId}` (customerStatus)
	*
	* @example
	* ```ts
	* const data = await cfi.customer.status("cstap_6reGTr3k8vpAu8uFV7EdiN");
	* ```
	*/
	status(customerId: T.CustomerStatusPath["customerId"], options?: RequestOptions): APIPromise<T.CustomerStatusData>;
	/**
	* Add an employee to a business
	*
	* Adds an individual customer to a business customer as an employee, with a position. The individual must
	* already be registered with `/customer/init`. An employee can then hold business cards and accounts.
	*
	* **Designed here:** the answer (the employee record) and the error codes `customerNotFound` and
	* `customerTypeMismatch` with their contexts.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /customer/add-employee` (customerAddEmployee)
	*
	* @example
	* ```ts
	* const data = await cfi.customer.addEmployee({
	*   "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
	*   "employeeId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X",
	*   "position": "Accountant"
	* });
	* ```
	*/
	addEmployee(body: T.CustomerAddEmployeeBody, options?: RequestOptions): APIPromise<T.CustomerAddEmployeeData>;
	/**
	* Disable an employee of a business
	*
	* Disables an employee of a business customer. A disabled employee cannot get new business cards or accounts.
	* Business representatives cannot be disabled.
	*
	* **Designed here:** the answer (the employee record) and the error codes `employeeNotFound` and
	* `representativeNotDisabled` with their contexts.
	*
	* Fidelity: partial (field names from the vendor; constraints designed here; confirm with PayGears).
	*
	* `POST /customer/disable-employee` (customerDisableEmployee)
	*
	* @example
	* ```ts
	* const data = await cfi.customer.disableEmployee({
	*   "companyId": "cstab_4Fg8Hj2Kl6Mn0Pq3Rs7Tv9W",
	*   "employeeId": "cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X"
	* });
	* ```
	*/
	disableEmployee(body: T.CustomerDisableEmployeeBody, options?: RequestOptions): APIPromise<T.CustomerDisableEmployeeData>;
}
