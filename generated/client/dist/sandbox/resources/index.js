import { SandboxApi } from "./sandbox.js";
export {
  SandboxApi
};
