import { type Client } from "openapi-fetch";
import type { ConnectFiCore } from "./core.js";
import type { FetchLike } from "./transport.js";
/** `openRoutes` holds `METHOD /path` of the operations that take no token (`POST /auth/get-token`, `GET /health`). */
export declare function createLowLevelClient<Paths extends {}>(core: ConnectFiCore, baseUrl: string, tokenHeader: string, openRoutes: ReadonlySet<string>, fetchImpl?: FetchLike): Client<Paths>;
