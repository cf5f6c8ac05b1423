// The whole docs site from a bundle: the guides in docs/, the generated lifecycle page, the annotated spec, the page.
import { join } from 'node:path';
import { projectRoot } from '../paths.ts';
import { buildDocsHtml, buildDocsHtmlAsync } from './build-html.ts';
import type { Track } from '../tool.ts';
import { docsSpec } from './docs-spec.ts';
import { lifecycleGuide, loadGuides } from './guides.ts';

export const guidesDir = join(projectRoot, 'docs');
export const docsOutDir = join(projectRoot, 'generated', 'docs');

export function siteSpec(bundle: any, dir = guidesDir): any {
  return docsSpec(bundle, [...loadGuides(dir), lifecycleGuide(bundle)]);
}

export function buildSite(bundle: any, dir = guidesDir): string {
  return buildDocsHtml(siteSpec(bundle, dir), siteTitle(bundle));
}

export const siteTitle = (bundle: any) => `${bundle.info?.title ?? 'API'} reference`;

export function buildSiteAsync(bundle: any, dir = guidesDir, track?: Track): Promise<string> {
  return buildDocsHtmlAsync(siteSpec(bundle, dir), siteTitle(bundle), track);
}
