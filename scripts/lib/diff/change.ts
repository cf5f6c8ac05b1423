// One change between two bundles, as `npm run diff` prints it and `npm run release` writes it into the CHANGELOG.
import type { Level } from './semver.ts';

export type Category = 'operation' | 'webhook' | 'field' | 'enum' | 'other';

export interface Change {
  level: Level;
  /** Redocly's rule ids, and ours as `connectfi/<name>`; empty when neither rule fired (an addition, a description). */
  rules: string[];
  category: Category;
  action: 'added' | 'removed' | 'changed';
  /** `POST /ach/create`, `webhook achStatus`, `components/schemas/Ach`. */
  where: string;
  /** What changed there, without `where`: "response 200 field `data.status` removed". */
  what: string;
  /** Redocly's pointer, for whoever needs to find it in the bundle. */
  pointer: string;
}
