// `npm run release` through its CLI, in throw-away git repositories. The fixture repository's own `bundle` and
// `generate` scripts are tiny (they copy info.version from openapi/openapi.yaml into the bundle and a package.json),
// so what is tested is the release itself: the base it picks, the level and version it computes, the CHANGELOG
// it writes, the spec line it moves, the commit and the tag.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { smallBundle } from '../diff/support/small-bundle.ts';

const SPEC = `openapi: 3.1.0
info:
  title: Small
  # the version every package takes; npm run release moves it
  version: VERSION
  description: A fixture.
paths: {}
`;

// The fixture's build: the bundle takes info.version from the spec, and "generate" writes a package.json from it.
const BUNDLE_SCRIPT = `node -e "const fs=require('fs');const v=/^  version: (.*)$/m.exec(fs.readFileSync('openapi/openapi.yaml','utf8'))[1];const b=JSON.parse(fs.readFileSync('generated/openapi.json','utf8'));b.info.version=v;fs.writeFileSync('generated/openapi.json',JSON.stringify(b,null,2))"`;
const GENERATE_SCRIPT = `node -e "const fs=require('fs');const v=JSON.parse(fs.readFileSync('generated/openapi.json','utf8')).info.version;fs.mkdirSync('generated/client',{recursive:true});fs.writeFileSync('generated/client/package.json',JSON.stringify({name:'@connectfi/client',version:v}))"`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]) {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

function writeState(dir: string, bundle: any) {
  writeFileSync(join(dir, 'openapi/openapi.yaml'), SPEC.replace('VERSION', bundle.info.version));
  writeFileSync(join(dir, 'generated/openapi.json'), JSON.stringify(bundle, null, 2));
}

/** A repository whose first commit holds `base`; tagged `v<version>` when `tagged`. */
function repo(base: any, tagged: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'openapi'));
  mkdirSync(join(dir, 'generated'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', private: true, scripts: { bundle: BUNDLE_SCRIPT, generate: GENERATE_SCRIPT } }, null, 2));
  writeState(dir, base);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  if (tagged) git(dir, 'tag', '-a', `v${base.info.version}`, '-m', 'release');
  return dir;
}

function commit(dir: string, bundle: any, message: string) {
  writeState(dir, bundle);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
}

function release(dir: string, ...args: string[]) {
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), [join(projectRoot, 'scripts/release.ts'), ...args], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run release', () => {
  it('--dry-run prints the next major and the entry for a breaking change since the last tag, and writes nothing', () => {
    const dir = repo(smallBundle(), true);
    const next = smallBundle();
    delete next.components.schemas.Payment.properties.memo;
    next.components.schemas.PaymentRequest.properties.currency = { type: 'string' };
    commit(dir, next, 'remove memo, add currency');
    const head = git(dir, 'rev-parse', 'HEAD');
    const run = release(dir, '--dry-run');
    expect(run.status, run.err).toBe(0);
    expect(run.out).toMatch(/would release 1\.2\.0 -> 2\.0\.0 \(major\), compared with v1\.2\.0/);
    expect(run.out).toMatch(/### Breaking changes\n\n#### Fields\n\n- `GET \/payments`: response 200 field `\[\]\.memo` removed/);
    expect(run.out).toMatch(/### Added\n\n#### Fields\n\n- `POST \/payments`: request body field `currency` added/);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(existsSync(join(dir, 'CHANGELOG.md'))).toBe(false);
  });

  it('releases: moves info.version, regenerates, writes the CHANGELOG, commits and tags; the next release starts from that tag', () => {
    const dir = repo(smallBundle(), true);
    const added = smallBundle();
    added.paths['/refunds'] = { post: { operationId: 'refund', responses: { 200: { description: 'ok' } } } };
    commit(dir, added, 'add refunds');
    const first = release(dir);
    expect(first.status, first.err).toBe(0);
    expect(git(dir, 'tag', '--list', 'v*')).toBe('v1.2.0\nv1.3.0');
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Release v1.3.0');
    expect(readFileSync(join(dir, 'openapi/openapi.yaml'), 'utf8')).toContain('  # the version every package takes; npm run release moves it\n  version: 1.3.0\n');
    expect(JSON.parse(readFileSync(join(dir, 'generated/client/package.json'), 'utf8')).version).toBe('1.3.0');
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toMatch(/## 1\.3\.0 \(\d{4}-\d\d-\d\d\)\n\nCompared with v1\.2\.0 \(1\.2\.0\)/);
    expect(changelog).toContain('- `POST /refunds`: operation added');

    const edited = JSON.parse(readFileSync(join(dir, 'generated/openapi.json'), 'utf8'));
    edited.paths['/health'].get.description = 'Whether the service answers';
    commit(dir, edited, 'reword health');
    const second = release(dir);
    expect(second.status, second.err).toBe(0);
    expect(second.out).toMatch(/releasing 1\.3\.0 -> 1\.3\.1 \(patch\), compared with v1\.3\.0/);
    const both = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    expect(both.indexOf('## 1.3.1')).toBeLessThan(both.indexOf('## 1.3.0'));
    expect(both).not.toContain('POST /refunds`: operation added\n\n## 1.3.1');
    expect(both.match(/^# Changelog/gm)).toHaveLength(1);
  });

  it('without a tag compares with the first commit, and says when there is nothing to release', () => {
    const dir = repo(smallBundle(), false);
    const run = release(dir, '--dry-run');
    expect(run.status, run.err).toBe(0);
    expect(run.out).toMatch(/nothing to release: the bundle and the generators are unchanged since the first commit [0-9a-f]{7} \(1\.2\.0\)/);
  });

  it('refuses a dirty tree and an unknown level; --level raises the computed level', () => {
    const dir = repo(smallBundle(), true);
    writeFileSync(join(dir, 'stray.txt'), 'x');
    const dirty = release(dir);
    expect(dirty.status).toBe(1);
    expect(dirty.err).toMatch(/commit or stash your changes first/);
    const bad = release(dir, '--dry-run', '--level', 'huge');
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/--level must be patch, minor or major/);
    const raised = release(dir, '--dry-run', '--level', 'minor');
    expect(raised.out).toMatch(/would release 1\.2\.0 -> 1\.3\.0 \(minor\)/);
  });
});
