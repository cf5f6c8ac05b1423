#!/usr/bin/env node
import { controlTables } from "./control/index.js";
import { main } from "./engine/cli.js";
import { model } from "./model.js";
await main(model, controlTables, process.argv.slice(2));
