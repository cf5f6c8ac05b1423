import type { PipelineTables } from '@connectfi/server';
import type { SandboxModel } from './model.js';
/** The spec's own login example: what the docs and samples use. */
export declare const DEFAULT_LOGIN = "CLIENTID_api";
export declare const DEFAULT_PASSWORD = "Sandbox-Passw0rd!";
export declare const USAGE = "Usage: connectfi-sandbox [options]\n  --port N                 port to listen on (default 4020; 0 picks a free one)      env PORT\n  --host H                 address to bind (default 127.0.0.1)\n  --db PATH|:memory:|URL   SQLite file (default .connectfi-sandbox/sandbox.db), :memory:, or postgres://...   env DATABASE_URL\n  --webhook-hosts a,b      hosts webhooks may be posted to (default: any)\n  --unknown-properties M   warn | reject | allow: request properties the operation does not define (default warn)\n  --login L                API user created at start if missing (default CLIENTID_api)   env CONNECTFI_SANDBOX_LOGIN\n  --password P             its password (default Sandbox-Passw0rd!)                         env CONNECTFI_SANDBOX_PASSWORD\n  --token-ttl SECONDS      token lifetime (default 3600)\n  --log                    one JSON line per request and per webhook attempt on stderr\n";
export declare class UsageError extends Error {
}
export declare function parseCli(argv: string[], env: NodeJS.ProcessEnv): {
    help: boolean;
    port: number;
    host: string;
    db: string;
    webhookHosts: string[] | undefined;
    unknownProperties: "warn" | "reject" | "allow";
    login: string;
    password: string;
    tokenTtlSeconds: number;
    log: boolean;
};
export declare function main(model: SandboxModel, controlTables: PipelineTables, argv: string[]): Promise<void>;
