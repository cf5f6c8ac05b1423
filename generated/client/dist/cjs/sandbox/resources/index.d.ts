export { SandboxApi } from "./sandbox.js";
