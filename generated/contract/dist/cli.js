#!/usr/bin/env node
import { main } from "./runtime/cli.js";
import { loadKit } from "./kit.js";
process.exit(await main(loadKit(), process.argv.slice(2)));
