import { controlRoutes } from './routes.js';
/** The header that carries the token: the control API acts on the tenant of the connectFi API user it names. */
export const CONTROL_TOKEN_HEADER = "x-connectfi-token";
/**
 * The connectFi sandbox control API (2026.11.25) as tables for @connectfi/server's `createServer`; `combineTables(tables,
 * controlTables)` serves it beside connectFi's API on one port.
 */
export const controlTables = {
    routes: controlRoutes,
    tokenHeader: CONTROL_TOKEN_HEADER,
    loadResponseValidators: () => import('./validators/response.js'),
};
export { controlRoutes };
