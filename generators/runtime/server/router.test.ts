import { describe, expect, it } from 'vitest';
import { createRouter } from './router.js';

const routes = [
  { method: 'POST', path: '/ach/create' },
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/customer/status/{customerId}' },
  { method: 'GET', path: '/card/list' },
  { method: 'GET', path: '/card/{cardId}' },
  { method: 'DELETE', path: '/card/{cardId}' },
  { method: 'POST', path: '/akepa/document/upload/{documentId}' },
  { method: 'GET', path: '/a/{x}/c' },
  { method: 'GET', path: '/a/b/d' },
];
const router = createRouter(routes);

describe('router', () => {
  it('finds static routes and extracts path parameters', () => {
    expect(router.match('POST', '/ach/create')).toMatchObject({ kind: 'found', route: routes[0], params: {} });
    expect(router.match('GET', '/customer/status/cst_1')).toMatchObject({ kind: 'found', route: routes[2], params: { customerId: 'cst_1' } });
    expect(router.match('POST', '/akepa/document/upload/doc%201')).toMatchObject({ route: routes[6], params: { documentId: 'doc%201' } });
  });

  it('prefers a static segment and backtracks to a parameter', () => {
    expect(router.match('GET', '/card/list')).toMatchObject({ route: routes[3] });
    expect(router.match('GET', '/card/crd_9')).toMatchObject({ route: routes[4], params: { cardId: 'crd_9' } });
    expect(router.match('GET', '/a/b/c')).toMatchObject({ route: routes[7], params: { x: 'b' } });
    expect(router.match('GET', '/a/b/d')).toMatchObject({ route: routes[8], params: {} });
  });

  it('tells a wrong method from an unknown path, with the allowed methods', () => {
    expect(router.match('GET', '/ach/create')).toEqual({ kind: 'wrongMethod', allowed: ['POST'] });
    expect(router.match('POST', '/card/crd_9')).toEqual({ kind: 'wrongMethod', allowed: ['GET', 'DELETE'] });
    expect(router.match('POST', '/card/list')).toEqual({ kind: 'wrongMethod', allowed: ['GET', 'DELETE'] });
  });

  it('matches nothing for unknown paths, empty segments, trailing slashes or extra segments', () => {
    for (const path of ['/nope', '/customer/status/', '/customer/status', '/customer/status/x/y', '/health/', '//health']) {
      expect(router.match('GET', path), path).toEqual({ kind: 'none' });
    }
  });

  it('refuses two routes with one method and path, and two parameter names at one position', () => {
    expect(() =>
      createRouter([
        { method: 'GET', path: '/x' },
        { method: 'GET', path: '/x' },
      ]),
    ).toThrow('Two routes for GET /x');
    expect(() =>
      createRouter([
        { method: 'GET', path: '/x/{a}' },
        { method: 'POST', path: '/x/{b}' },
      ]),
    ).toThrow('share one position');
  });
});
