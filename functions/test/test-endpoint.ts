import type { Access, Endpoint, WriteLimitOverride } from '@doorstep/shared'

/** A catalogue entry for a route that exists only in a test of the edge itself. */
export const testEndpoint = <const A extends Access>(
  name: string,
  access: A,
  rateLimit?: false | WriteLimitOverride,
): Endpoint<'POST', '/test', A> => ({
  name,
  method: 'POST',
  path: '/test',
  access,
  rateLimit,
})
