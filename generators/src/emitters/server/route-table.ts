// generated/server/src/routes.ts: one RouteSpec per operation, pointing at its request validators. Response
// validators are named, not imported, so they load only when response validation is on.
import type { RoutePlan } from './route-plan.ts';

const VALIDATOR = '__validator__:';

/** `runtime`: the module that exports `RouteSpec`; `exportName`: the table's name (the sandbox has two tables). */
export function routeTableSource(routes: RoutePlan[], banner: string, { runtime = './runtime/route.js', exportName = 'routes' } = {}): string {
  const table = routes.map(({ operation, parameters, validateParameters, body, responses }) => ({
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    secured: operation.security.length > 0,
    parameters,
    ...(validateParameters ? { validateParameters: `${VALIDATOR}${validateParameters.name}` } : {}),
    ...(body ? { body: { ...body, validate: `${VALIDATOR}${body.validate.name}` } } : {}),
    responses: Object.fromEntries(Object.entries(responses).map(([status, media]) => [status, Object.fromEntries(Object.entries(media).map(([type, v]) => [type, v.name]))])),
  }));
  const literal = JSON.stringify(table, null, 2).replace(new RegExp(`"${VALIDATOR}([A-Za-z0-9_]+)"`, 'g'), 'request.$1');
  return `${banner}import type { RouteSpec } from '${runtime}';\nimport * as request from './validators/request.js';\n\nexport const ${exportName}: RouteSpec[] = ${literal};\n`;
}
