// Where things are, for every script: the project root, its tools, and the bundle every tool downstream consumes.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const projectRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
export const specRoot = join(projectRoot, 'openapi', 'openapi.yaml');
export const bundleYaml = join(projectRoot, 'generated', 'openapi.yaml');
export const bundleJson = join(projectRoot, 'generated', 'openapi.json');
/** The sandbox control API: its own document and bundle, never mixed into connectFi's (see openapi/sandbox/). */
export const sandboxSpecRoot = join(projectRoot, 'openapi', 'sandbox', 'openapi.yaml');
export const sandboxBundleYaml = join(projectRoot, 'generated', 'sandbox-openapi.yaml');
export const sandboxBundleJson = join(projectRoot, 'generated', 'sandbox-openapi.json');
/** The docs site folder (scripts/lib/docs/site.ts writes it). */
export const docsOutDir = join(projectRoot, 'generated', 'docs');
