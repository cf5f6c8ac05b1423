// The bundle as the files generated/openapi.yaml and generated/openapi.json hold it: one formatting, shared by the
// bundle step that writes them and the docs site that serves them beside the page (which copies those files rather
// than formatting the bundle again).
import { yamlText } from './yaml-text.ts';

export interface BundleTexts {
  yaml: string;
  json: string;
}

export function bundleTexts(spec: unknown): BundleTexts {
  return { yaml: yamlText(spec), json: `${JSON.stringify(spec, null, 2)}\n` };
}
