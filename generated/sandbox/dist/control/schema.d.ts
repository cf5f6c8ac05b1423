export interface paths {
    "/sandbox/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a record along its lifecycle
         * @description Moves one of the caller's records to `to`, as connectFi's back office or the payment network would: send,
         *     complete, settle or return an ACH transfer, approve or deny a KYC application, complete a wire. Only a transition
         *     that the record's lifecycle (`x-connectfi-lifecycle` in connectFi's API) has from the current status is made;
         *     anything else answers `transitionNotAllowed` with the statuses that are allowed. `set` records fields with the
         *     move (`returnCode` of a return, `outcome` of a KYC decision). When the record has a webhook URL, the sandbox
         *     POSTs the status-change webhook, as connectFi does, and answers the delivery's id.
         *
         *     **Designed here:** the whole operation; connectFi has no such call.
         */
        post: operations["sandboxTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/ibis/card-transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a card transaction to an issued card
         * @description Posts a transaction to one of the caller's issued cards (`/ibis`), as the card network would after an
         *     authorisation: a `debit` is a purchase that lowers the card's balance, a `credit` a refund that raises it. The
         *     entry then shows in the card's transaction history (`/ibis/inquiry/transaction-history`).
         *
         *     Which cards accept a posted transaction, and the record it is kept as, is connectFi's spec data: `postedAs` on
         *     the card resources in `x-connectfi-resources` (an `IbisCard` posts an `IbisTransaction`). A card of any other kind
         *     (a push/pull or acquiring card) is not found here.
         *
         *     **Designed here:** the whole operation; connectFi has no such call.
         */
        post: operations["sandboxCardTransactionPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create another API user (a new tenant)
         * @description Creates an API user with its own tenant: it logs in with `/auth/get-token` like the first one and sees only the
         *     records it creates, so two integrations (or two tests) can share one sandbox without seeing each other's data.
         *
         *     **Designed here:** the whole operation; connectFi creates API users by hand.
         */
        post: operations["sandboxUserCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/webhooks/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the webhook deliveries
         * @description The caller's webhook deliveries, newest first: what was POSTed where, the receiver's status code, how long it took
         *     and why a delivery failed. Filter by the record or the webhook; page with `numberOfRecords` and `skipRecords`.
         *
         *     **Designed here:** the whole operation; connectFi shows no delivery log.
         */
        post: operations["sandboxWebhookList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/webhooks/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook delivery again
         * @description POSTs a recorded delivery's payload again to the same URL and records it as a new delivery (`attempt` one
         *     more), so a receiver that was down can be tested without moving the record again. Like every delivery, it never
         *     follows a redirect and gives up after 5 s; the answer comes once the attempt has ended.
         *
         *     **Designed here:** the whole operation; connectFi makes one attempt per status change and never redelivers.
         */
        post: operations["sandboxWebhookRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete every record of the caller's tenant
         * @description Deletes the caller's customers, applications, transfers, cards and webhook deliveries, so a test starts from a
         *     known state. Other tenants and the API users themselves are untouched; the caller's token stays valid.
         *
         *     **Designed here:** the whole operation; connectFi has no such call.
         */
        post: operations["sandboxReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * CommonId
         * @description A connectFi identifier (vendor fragment `common-id`).
         * @example CLIENTID_3A5dSDcMFdlWK54dj1cacU
         */
        CommonId: string;
        /**
         * SandboxTransitionRequest
         * @description Which record to move and where: `resource` names a kind of record the sandbox keeps (`AchTransfer`,
         *     `KycApplication`, `WireTransfer`, ...: the sandbox's `x-connectfi-resources`), `id` its id, `to` a status its
         *     lifecycle (`x-connectfi-lifecycle`) reaches from the current one, and `set` the fields the move records with it
         *     (`returnCode` of a returned ACH transfer, `outcome` of a KYC decision).
         */
        SandboxTransitionRequest: {
            /** @example AchTransfer */
            resource: string;
            id: components["schemas"]["CommonId"];
            /**
             * @description The target status, spelled as the record's status enum spells it.
             * @example Returned
             */
            to: string;
            /**
             * @description Fields to record with the move; each must be a field of the record.
             * @example {
             *       "returnCode": "R01"
             *     }
             */
            set?: {
                [key: string]: unknown;
            };
        };
        /**
         * SuccessCode
         * @description `"0"` on every successful response.
         * @constant
         */
        SuccessCode: "0";
        /**
         * SandboxDeliveryId
         * @description The sandbox's id of one webhook delivery (`whd_...`).
         * @example whd_5m41U6ycdgJ5CNyGDObY8Q
         */
        SandboxDeliveryId: string;
        /**
         * SandboxTransitionResult
         * @description The record after the move, as the rail's get or query answers it, and the webhook delivery it caused, if any.
         */
        SandboxTransitionResult: {
            /** @description The record after the move (its schema is the resource's record schema). */
            record: {
                [key: string]: unknown;
            };
            /** @description The delivery of the status-change webhook the move caused; absent when the record has no webhook URL. */
            webhookDeliveryId?: components["schemas"]["SandboxDeliveryId"];
        };
        /**
         * RequestId
         * @description The identifier connectFi gives every request, 32 lowercase hex characters. Quote it to PayGears support.
         * @example 3ec05680b7a611edaaa621b3360f38c0
         */
        RequestId: string;
        /**
         * ValidationErrorItem
         * @description One schema violation, in the shape Ajv reports it; `requestValidateError` lists them in `context`.
         * @example {
         *       "instancePath": "/newPassword",
         *       "schemaPath": "#/properties/newPassword/minLength",
         *       "keyword": "minLength",
         *       "params": {
         *         "limit": 8
         *       },
         *       "message": "must NOT have fewer than 8 characters"
         *     }
         */
        ValidationErrorItem: {
            /** @description JSON Pointer to the offending value in the request body (empty for the body itself). */
            instancePath: string;
            /** @description JSON Pointer to the failing keyword in connectFi's schema. */
            schemaPath: string;
            /** @description The JSON Schema keyword that failed, e.g. `minLength`, `required`, `pattern`. */
            keyword: string;
            /** @description The keyword's parameters, e.g. `{ "limit": 8 }` or `{ "missingProperty": "reference" }`. */
            params: {
                [key: string]: unknown;
            };
            /** @description Human-readable message, e.g. `must NOT have fewer than 8 characters`. */
            message: string;
        };
        /**
         * RequestValidateError
         * @description The body, path or query failed connectFi's schema. `context` lists every violation, Ajv-style.
         */
        RequestValidateError: {
            requestId: components["schemas"]["RequestId"];
            /** @constant */
            code: "requestValidateError";
            subCode?: string;
            context: components["schemas"]["ValidationErrorItem"][];
            message: string;
        };
        /**
         * ServiceError
         * @description Any other failure. `code` is a short token such as `referenceExists`; when the failure comes from a back office,
         *     `code` is that back office's name and `subCode` carries its own code (present only when the back office gave one).
         *     `context` holds the values that explain the failure, e.g. `{ "reference": "...", "entityId": "..." }`.
         */
        ServiceError: {
            requestId: components["schemas"]["RequestId"];
            code: string;
            subCode?: string;
            context: {
                [key: string]: unknown;
            };
            message: string;
        };
        /**
         * ErrorEnvelope
         * @description Every connectFi error: `{ requestId, code, subCode?, context, message }`. `requestValidateError` carries a list of
         *     schema violations in `context`; every other code carries an object.
         */
        ErrorEnvelope: components["schemas"]["RequestValidateError"] | components["schemas"]["ServiceError"];
        /**
         * IbisCardId
         * @description The connectFi id of an issued card (`icrd_...`). On every card endpoint a vAccount's `cFiAccountId` can stand in
         *     for it (vendor fragment `common-id`).
         * @example icrd_575fma7wGFKTgSx537PMcO
         */
        IbisCardId: string;
        /**
         * Amount
         * @description An amount in major units (dollars), greater than 0 with at most 2 decimals (vendor fragment `common-amount`).
         *     The vendor's `amountPrecision: 2` keyword is carried as `x-amountPrecision`: `multipleOf: 0.01` is not used because
         *     binary floating point makes it reject valid amounts such as 0.29. More than 2 decimals fails with `wrongAmount`.
         * @example 7.15
         */
        Amount: number;
        /**
         * Currency
         * @description ISO 4217 currency code. `USD` is the only supported currency; any other fails with `currencyNotSupported` (context `supportedCurrency`), so the schema accepts any three-letter code.
         * @example USD
         */
        Currency: string;
        /**
         * SandboxCardTransactionPostRequest
         * @description A card transaction as the card network would authorise it: a `debit` (a purchase) takes money from the card, a
         *     `credit` (a refund) adds it. The amount and currency rules are connectFi's own (`wrongAmount`, `currencyNotSupported`).
         */
        SandboxCardTransactionPostRequest: {
            cFiCardId: components["schemas"]["IbisCardId"];
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            /** @example Coffee Corner */
            description: string;
            /** @example Coffee Corner LLC */
            merchantName?: string;
            /** @enum {string} */
            transactionType: "debit" | "credit";
        };
        /**
         * Timestamp
         * Format: date-time
         * @description An ISO-8601 UTC date-time with milliseconds; connectFi names these fields `dts*` (`dtsCreatedAt`, `dtsExpireAt`, ...).
         * @example 2023-06-28T13:26:59.312Z
         */
        Timestamp: string;
        /**
         * IbisTransaction
         * @description One entry of a card's history: purchases and ATM withdrawals as the card network authorised them, and /ibis funds
         *     transfers. **Designed here:** the whole record.
         */
        IbisTransaction: {
            transactionId: components["schemas"]["CommonId"];
            cFiCardId: components["schemas"]["IbisCardId"];
            /** @description The /ibis funds transfer behind the entry, if any. */
            cFiFundsId?: string | null;
            /** @enum {string} */
            transactionType: "purchase" | "atmWithdrawal" | "refund" | "cardToCard" | "fundsCredit" | "fundsDebit" | "reversal" | "fee";
            /** @enum {string} */
            direction?: "credit" | "debit";
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            description?: string | null;
            merchantName?: string | null;
            dtsCreatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * Password
         * Format: password
         * @description A password of 1–50 characters (vendor fragment `common-password`).
         */
        Password: string;
        /**
         * SandboxUserCreateRequest
         * @description The new API user's credentials. The login becomes the new tenant's `aggregatorId` plus `_api`.
         */
        SandboxUserCreateRequest: {
            /**
             * @description Ends with `_api`, like connectFi's API logins; the part before it is the new aggregator id.
             * @example SECONDCLIENT_api
             */
            login: string;
            password: components["schemas"]["Password"];
        };
        /**
         * SandboxUser
         * @description An API user of the sandbox and the tenant (aggregator) its records belong to.
         */
        SandboxUser: {
            login: components["schemas"]["CommonId"];
            aggregatorId: components["schemas"]["CommonId"];
        };
        /**
         * SandboxWebhookName
         * @description A webhook of connectFi's API, by its name (the key of the bundle's `webhooks`), e.g. `achStatusChanged`.
         * @example achStatusChanged
         */
        SandboxWebhookName: string;
        /**
         * NumberOfRecords
         * Format: int32
         * @description How many records to return, at most 1000 (the default). More fails with `greaterNumberOfRecords` (context `maxNumberOfRecords`). Vendor fragment `common-numberOfRecords`.
         */
        NumberOfRecords: number | null;
        /**
         * SkipRecords
         * Format: int32
         * @description How many matching records to skip, for paging (vendor fragment `common-skipRecords`). The vendor sets no maximum; the bound here is the largest 32-bit integer (designed).
         */
        SkipRecords: number | null;
        /**
         * SandboxWebhookListRequest
         * @description Filters of the delivery log, newest first; every filter is optional.
         */
        SandboxWebhookListRequest: {
            /** @description Only deliveries about this record (its id, e.g. a `cFiTransactionId`). */
            recordId?: components["schemas"]["CommonId"];
            webhook?: components["schemas"]["SandboxWebhookName"];
            numberOfRecords?: components["schemas"]["NumberOfRecords"];
            skipRecords?: components["schemas"]["SkipRecords"];
        };
        /**
         * SandboxWebhookDeliveryState
         * @description Where one delivery stands. connectFi makes one attempt per status change; a redelivery is a new delivery.
         *
         *     **Lifecycle** (generated from `x-connectfi-lifecycle`):
         *
         *     Initial: `pending` · Terminal: `delivered`, `failed`, `skipped`
         *
         *     | From | To | Trigger |
         *     |---|---|---|
         *     | pending | delivered | the receiver answered 2xx |
         *     | pending | failed | the receiver answered otherwise, timed out after 5 s, redirected or was unreachable |
         *     | pending | skipped | the URL is outside the sandbox's --webhook-hosts allow-list |
         * @enum {string}
         */
        SandboxWebhookDeliveryState: "pending" | "delivered" | "failed" | "skipped";
        /**
         * SandboxWebhookDelivery
         * @description One POST of a webhook, as the sandbox recorded it.
         */
        SandboxWebhookDelivery: {
            deliveryId: components["schemas"]["SandboxDeliveryId"];
            webhook: components["schemas"]["SandboxWebhookName"];
            recordId: components["schemas"]["CommonId"];
            /**
             * Format: uri
             * @example https://client.example.com/connectfi/webhooks/ach
             */
            url: string;
            /** @description The body sent, valid against the webhook's schema in connectFi's API. */
            payload: {
                [key: string]: unknown;
            };
            /**
             * Format: int32
             * @description 1 for the delivery a status change caused; each redelivery of it counts one more.
             */
            attempt: number;
            state: components["schemas"]["SandboxWebhookDeliveryState"];
            /**
             * Format: int32
             * @description The receiver's HTTP status; null when no answer came.
             */
            statusCode: number | null;
            /** @description Why the delivery failed or was skipped; null when it was delivered or is pending. */
            error: string | null;
            /**
             * Format: int32
             * @description From sending to the receiver's answer (or the time-out); null while pending or when skipped.
             */
            durationMs: number | null;
            dtsCreatedAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the request was sent; null while pending or when skipped.
             */
            dtsSent: string | null;
        };
        /**
         * More
         * @description True when more records match than were returned; ask again with a larger `skipRecords`.
         */
        More: boolean;
        /**
         * SandboxWebhookList
         * @description One page of the delivery log.
         */
        SandboxWebhookList: {
            deliveries: components["schemas"]["SandboxWebhookDelivery"][];
            more: components["schemas"]["More"];
        };
        /**
         * SandboxWebhookRedeliverRequest
         * @description The delivery to send again, with the same payload to the same URL.
         */
        SandboxWebhookRedeliverRequest: {
            deliveryId: components["schemas"]["SandboxDeliveryId"];
        };
        /**
         * SandboxResetRequest
         * @description Nothing to choose. A reset deletes every record of the caller's tenant (its API users stay).
         */
        SandboxResetRequest: Record<string, never>;
        /**
         * SandboxResetResult
         * @description How many records the reset deleted, webhook deliveries included.
         */
        SandboxResetResult: {
            /** Format: int32 */
            deleted: number;
        };
    };
    responses: {
        /**
         * @description The `x-connectfi-token` header is missing, expired or wrong. Log in again with `POST /auth/get-token`.
         *     (The older docs show this body without `requestId` and `context`; connectFi's envelope carries both.)
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    sandboxTransition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxTransitionRequest"];
            };
        };
        responses: {
            /** @description The record moved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: components["schemas"]["SuccessCode"];
                        data: components["schemas"]["SandboxTransitionResult"];
                        requestId: components["schemas"]["RequestId"];
                    };
                };
            };
            /** @description The body failed the schema, the record does not exist, or its lifecycle has no such transition. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    sandboxCardTransactionPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxCardTransactionPostRequest"];
            };
        };
        responses: {
            /** @description The transaction was posted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: components["schemas"]["SuccessCode"];
                        data: components["schemas"]["IbisTransaction"];
                        requestId: components["schemas"]["RequestId"];
                    };
                };
            };
            /** @description The body failed the schema or connectFi's amount and currency rules, or the card does not exist. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    sandboxUserCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxUserCreateRequest"];
            };
        };
        responses: {
            /** @description The user exists and can log in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: components["schemas"]["SuccessCode"];
                        data: components["schemas"]["SandboxUser"];
                        requestId: components["schemas"]["RequestId"];
                    };
                };
            };
            /** @description The body failed the schema, or the login is taken. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    sandboxWebhookList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxWebhookListRequest"];
            };
        };
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: components["schemas"]["SuccessCode"];
                        data: components["schemas"]["SandboxWebhookList"];
                        requestId: components["schemas"]["RequestId"];
                    };
                };
            };
            /** @description The body failed the schema. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    sandboxWebhookRedeliver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxWebhookRedeliverRequest"];
            };
        };
        responses: {
            /** @description The new delivery, after its attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: components["schemas"]["SuccessCode"];
                        data: components["schemas"]["SandboxWebhookDelivery"];
                        requestId: components["schemas"]["RequestId"];
                    };
                };
            };
            /** @description The body failed the schema, or the caller has no such delivery. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    sandboxReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxResetRequest"];
            };
        };
        responses: {
            /** @description The tenant's records are gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: components["schemas"]["SuccessCode"];
                        data: components["schemas"]["SandboxResetResult"];
                        requestId: components["schemas"]["RequestId"];
                    };
                };
            };
            /** @description The body failed the schema. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}
