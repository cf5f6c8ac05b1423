import { controlRoutes } from "./routes.js";
const CONTROL_TOKEN_HEADER = "x-connectfi-token";
const controlTables = {
  routes: controlRoutes,
  tokenHeader: CONTROL_TOKEN_HEADER,
  loadResponseValidators: () => import("./validators/response.js")
};
export {
  CONTROL_TOKEN_HEADER,
  controlRoutes,
  controlTables
};
