import { defineRoute } from '../core/http/route'

export const check = defineRoute({
  name: 'health.check',
  handle: async () => ({ status: 'ok' as const }),
})
