// `npm run lint` (scripts/lint.ts) as a child process, for the build: the build gates on exactly what an author runs.
// Started as `node --import tsx`, the process the tsx CLI itself would start, without the CLI's own wrapper process
// in front of it (about 0.1 s of CPU that only relays signals).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './paths.ts';
import { QUIET_ENV, type ToolRun } from './tool.ts';

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function runLint(root: string): Promise<ToolRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, join(projectRoot, 'scripts/lint.ts'), root], { env: { ...process.env, ...QUIET_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', (error) => done({ status: 1, output: `${stdout}${stderr}${error}` }));
    child.once('close', (status) => done({ status, output: `${stdout}${stderr}` }));
  });
}
