import { controlTables } from "./control/index.js";
import { startSandbox as start } from "./engine/sandbox.js";
import { model } from "./model.js";
function startSandbox(options) {
  return start({ model, controlTables, ...options });
}
import { DEFAULT_LOGIN, DEFAULT_PASSWORD } from "./engine/cli.js";
import { openStore, SqlStore } from "./engine/store-sql.js";
export {
  DEFAULT_LOGIN,
  DEFAULT_PASSWORD,
  SqlStore,
  model,
  openStore,
  startSandbox
};
