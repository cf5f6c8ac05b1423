// The docs copy of the bundle and the page built from it, without a browser: what the copy adds, that it leaves the
// bundle alone, that the lifecycle page comes from the data, and that two builds are byte-identical.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOWNLOADS, buildSite, siteFiles, siteSpec } from '../../scripts/lib/docs/site.ts';
import { SAMPLE_LANGUAGES, curlSample } from '../../scripts/lib/docs/code-samples.ts';
import { makeOffline } from '../../scripts/lib/docs/build-html.ts';
import { CHANGELOG_GUIDE_TITLE, LIFECYCLE_GUIDE_TITLE, lifecycleGuide, parseGuide } from '../../scripts/lib/docs/guides.ts';
import { GUIDES_GROUP, fidelityBadge } from '../../scripts/lib/docs/docs-spec.ts';
import { listOperations } from '../../scripts/lib/operations.ts';
import { loadBundle } from '../support/bundle.ts';

describe('the docs copy of the bundle', () => {
  const bundle = loadBundle();
  const spec = siteSpec(bundle);

  it('gives every operation and webhook a TypeScript and a curl sample, and its fidelity badge', () => {
    const ops = listOperations(spec);
    expect(ops.length).toBe(listOperations(bundle).length);
    for (const op of ops) {
      expect(
        op.node['x-codeSamples'].map((s: any) => s.lang),
        op.operationId,
      ).toEqual(['TypeScript', 'Shell']);
      expect(op.node['x-codeSamples'][0].source, op.operationId).toContain(op.kind === 'webhook' ? `parseWebhook('${op.operationId}'` : `cfi.${op.group}.${op.action}(`);
      expect(
        op.node['x-badges'].map((b: any) => b.name),
        op.operationId,
      ).toContain(fidelityBadge(op.fidelity!));
      // Redoc shows no code-sample panel beside a webhook, so its samples must be in its description.
      if (op.kind === 'webhook') for (const sample of op.node['x-codeSamples']) expect(op.node.description).toContain(sample.source.trimEnd());
    }
  });

  it('leaves the bundle itself untouched', () => {
    expect(bundle).toEqual(loadBundle());
  });

  it('sends the example body verbatim in the curl sample', () => {
    const op = listOperations(bundle).find((o) => o.kind === 'operation' && o.request?.contentType === 'application/json')!;
    const body = /--data-raw '([\s\S]*)'$/.exec(curlSample(op))![1].replace(/'\\''/g, "'");
    expect(JSON.parse(body)).toEqual(op.request!.example!.value);
  });

  it('marks a deprecated operation and names what replaces it', () => {
    const withDeprecated = structuredClone(bundle);
    const op = withDeprecated.paths['/user/change-password'].post;
    Object.assign(op, { deprecated: true, 'x-connectfi-replaced-by': 'authGetToken' });
    const annotated = siteSpec(withDeprecated).paths['/user/change-password'].post;
    expect(annotated['x-badges'].map((b: any) => b.name)).toContain('Deprecated');
    expect(annotated.description).toMatch(/^> \*\*Deprecated\.\*\* Use `cfi\.auth\.getToken\(\)` \(`POST \/auth\/get-token`\) instead\./);
  });

  it('shows the guides first, as sections of their own, with the generated lifecycle page and the changelog', () => {
    const group = spec['x-tagGroups'][0];
    expect(group.name).toBe(GUIDES_GROUP);
    expect(group.tags.slice(-2)).toEqual([LIFECYCLE_GUIDE_TITLE, CHANGELOG_GUIDE_TITLE]);
    const changelog = siteSpec(bundle, { changelog: '# Changelog\n\n## 9.9.9\n\nA line only this test writes.\n' }).tags.find((t: any) => t.name === CHANGELOG_GUIDE_TITLE);
    expect(changelog.description).toBe('## 9.9.9\n\nA line only this test writes.');
    for (const title of group.tags) expect(spec.tags.find((t: any) => t.name === title)?.['x-traitTag']).toBe(true);
  });

  it('renders the lifecycle page from x-connectfi-lifecycle, so a change to the data changes the page', () => {
    const changed = structuredClone(bundle);
    const schema = Object.values<any>(changed.components.schemas).find((s) => s['x-connectfi-lifecycle'])!;
    schema['x-connectfi-lifecycle'].transitions[0].trigger = 'a trigger only this test knows';
    expect(lifecycleGuide(bundle).body).not.toContain('a trigger only this test knows');
    expect(lifecycleGuide(changed).body).toContain('| a trigger only this test knows |');
  });

  it("gives every fidelity and deprecation badge a fill on which Redoc's badge text (#3b3c45) reaches 7:1", () => {
    // WCAG 2 relative luminance and contrast ratio, computed here rather than taken from the code under test.
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y);
      return (light + 0.05) / (dark + 0.05);
    };
    const withDeprecated = structuredClone(bundle);
    Object.assign(withDeprecated.paths['/user/change-password'].post, { deprecated: true });
    const badges = listOperations(siteSpec(withDeprecated)).flatMap((op) => op.node['x-badges'] as { name: string; color: string }[]);
    const colours = new Map(badges.map((b) => [b.name, b.color]));
    expect([...colours.keys()]).toEqual(expect.arrayContaining(['Deprecated', fidelityBadge('partial')]));
    for (const [name, colour] of colours) expect(contrast(colour, '#3b3c45'), `${name} ${colour}`).toBeGreaterThanOrEqual(7);
  });

  it('refuses a guide without a title', () => {
    expect(() => parseGuide('09-x.md', 'no title\n')).toThrow(/starts with a "# Title" line/);
  });
});

describe('the site folder', () => {
  it('holds the page, the bundle as YAML and JSON, and the changelog, each linked from the page', () => {
    const bundle = loadBundle();
    const files = siteFiles(bundle, { changelog: '# Changelog\n\n## 1.0.0\n\nFirst.\n' });
    expect(Object.keys(files).sort()).toEqual(['CHANGELOG.md', 'index.html', 'openapi.json', 'openapi.yaml']);
    expect(JSON.parse(files[DOWNLOADS.json])).toEqual(bundle);
    expect(parse(files[DOWNLOADS.yaml])).toEqual(bundle);
    expect(files[DOWNLOADS.changelog]).toBe('# Changelog\n\n## 1.0.0\n\nFirst.\n');
    for (const file of Object.values(DOWNLOADS)) expect(files['index.html']).toContain(`](${file})`);
  });

  it('tells Redoc to open code samples on TypeScript, then curl', () => {
    expect(SAMPLE_LANGUAGES.map((l) => l.lang)).toEqual(['TypeScript', 'Shell']);
    const options = /const __redoc_options = (\{.*\});/.exec(buildSite(loadBundle()))![1];
    expect(JSON.parse(options).codeSamples.languages.map((l: any) => l.label)).toEqual(['TypeScript', 'curl']);
  });
});

describe('the page', () => {
  it('is byte-identical from one build to the next', () => {
    const bundle = loadBundle();
    const [first, second] = [buildSite(bundle), buildSite(bundle)];
    expect(first === second).toBe(true);
  });

  it('fails the build, rather than reaching the CDN, when Redoc stops naming the logo it fetches', () => {
    expect(() => makeOffline('<html><head></head><body>no logo here</body></html>')).toThrow(/no longer references https:\/\/cdn\.redoc\.ly/);
  });
});
