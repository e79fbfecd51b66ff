import { defineRoute } from '../core/http/route'

export const check = defineRoute({
  name: 'health.check',
  access: 'public',
  handle: async () => ({ status: 'ok' as const }),
})
