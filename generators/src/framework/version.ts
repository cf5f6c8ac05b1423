// The one version of every generated package: the API description's `info.version` (through the IR), which
// `npm run release` moves by the semver level of the change. Packages and spec move in lockstep, so
// `@connectfi/client@2.x` is the client of API 2.x. Emitters call this instead of reading a version anywhere else.
import type { ApiIR } from '../ir/types.ts';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

export function packageVersion(ir: Pick<ApiIR, 'version'>): string {
  if (!SEMVER.test(ir.version)) {
    throw new Error(`info.version "${ir.version}" in openapi/openapi.yaml is not a semver version (e.g. 1.4.0); the packages take their version from it`);
  }
  return ir.version;
}
