import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as validators from "./validators/response.js";
function loadKit() {
  const table = JSON.parse(readFileSync(new URL("./contract.json", import.meta.url), "utf8"));
  return { table, validators, bundlePath: fileURLToPath(new URL("../openapi.json", import.meta.url)) };
}
export {
  loadKit
};
