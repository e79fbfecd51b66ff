import { endpoints } from '@doorstep/shared'
import { calendarService } from '../calendar/wiring'
import { defineRoute } from '../core/http/route'

/**
 * Liveness, plus the one fact operators must act on before it bites: how far the holiday calendar reaches.
 * `calendarThrough` is null when today's year has no schedule (working days then fall back to weekends only).
 */
export const check = defineRoute(endpoints.health, {
  handle: async ({ ctx }) => {
    const { coveredThrough, coversNext60Days } = await calendarService.status(ctx.now)
    return { status: 'ok' as const, calendarThrough: coveredThrough ?? null, calendarCoversNext60Days: coversNext60Days }
  },
})
