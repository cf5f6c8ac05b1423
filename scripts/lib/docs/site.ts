// The whole docs site from a bundle: the guides in docs/, the generated lifecycle page, the annotated spec, the page.
import { join } from 'node:path';
import { projectRoot } from '../paths.ts';
import { buildDocsHtml } from './build-html.ts';
import { addControlSection, readControlBundle } from './control-section.ts';
import { docsSpec } from './docs-spec.ts';
import { buildIR } from '../../../generators/src/ir/build.ts';
import { lifecycleGuide, loadGuides } from './guides.ts';
import { withSandboxTables } from './sandbox-guide.ts';

export const guidesDir = join(projectRoot, 'docs');
export const docsOutDir = join(projectRoot, 'generated', 'docs');

export function siteSpec(bundle: any, dir = guidesDir): any {
  const ir = buildIR(bundle);
  return docsSpec(bundle, [...loadGuides(dir).map((g) => withSandboxTables(g, ir)), lifecycleGuide(bundle)]);
}

/** `control`: the sandbox control API's bundle, shown as a section of its own (read from generated/ by default). */
export function buildSite(bundle: any, dir = guidesDir, control: any = readControlBundle()): string {
  const spec = siteSpec(bundle, dir);
  return buildDocsHtml(control ? addControlSection(spec, control) : spec, `${bundle.info?.title ?? 'API'} reference`);
}
