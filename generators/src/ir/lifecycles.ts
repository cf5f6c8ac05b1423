// The status lifecycles (`x-connectfi-lifecycle` on a status enum), read once: the IR, the bundler's rendered
// descriptions and the docs' lifecycle guide all take them from here, typed as LifecycleIR.
import type { LifecycleIR } from './types.ts';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function lifecyclesOf(spec: any): LifecycleIR[] {
  return Object.entries<any>(spec.components?.schemas ?? {})
    .filter(([, schema]) => schema?.['x-connectfi-lifecycle'])
    .map(([schemaName, schema]) => {
      const life = schema['x-connectfi-lifecycle'];
      const transitions = Array.isArray(life.transitions) ? life.transitions : [];
      return {
        schemaName,
        states: strings(schema.enum),
        initial: strings(life.initial),
        terminal: strings(life.terminal),
        transitions: transitions.map((t: any) => ({ from: String(t?.from ?? ''), to: String(t?.to ?? ''), trigger: String(t?.trigger ?? '') })),
      };
    });
}
