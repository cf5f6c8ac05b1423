// One Prism per test file: started before the file's tests, stopped after them.
import { afterAll, beforeAll } from 'vitest';
import { startPrism, type PrismMode, type PrismProcess } from '../../../scripts/lib/prism.ts';

/**
 * The running Prism; read `.current` inside tests (it is set in beforeAll). `mode` may be a function, read in
 * beforeAll, for a proxy whose upstream starts in an earlier beforeAll.
 */
export function usePrism(mode: PrismMode | (() => PrismMode) = { kind: 'mock' }): { current: PrismProcess } {
  const holder = {} as { current: PrismProcess };
  beforeAll(async () => {
    holder.current = await startPrism(typeof mode === 'function' ? mode() : mode);
  }, 30_000);
  afterAll(() => holder.current?.stop());
  return holder;
}

/** The violations Prism reports for a request or response, from its `sl-violations` header. */
export function violations(response: Response): { location: string[]; code: string; message: string }[] {
  const header = response.headers.get('sl-violations');
  return header ? JSON.parse(header) : [];
}
