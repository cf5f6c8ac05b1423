// redocly lint (structure per the OpenAPI 3.1 schema and redocly.yaml's rules) as a child process, so that it runs
// while Spectral works in this one.
import { spawn } from 'node:child_process';
import { bin } from './paths.ts';

export function runRedocly(root: string, config: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(bin('redocly'), ['lint', root, '--config', config, '--format', 'stylish', '--max-problems', '1000'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_UPDATE_NOTIFIER: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => done({ ok: false, output: `redocly could not start: ${error.message}` }));
    // Redocly prints a boxed Node-version banner on every run; it is not a finding.
    child.on('close', (code) => done({ ok: code === 0, output: output.replace(/^.*[╔║╚].*\n/gm, '').trim() }));
  });
}
