import { CaseNoteBody, CompanyCreate, CompanyPathParams, CompanyStepPathParams, endpoints, StepCompleteBody } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { companyService } from './wiring'

export const create = defineRoute(endpoints.companiesCreate, {
  body: CompanyCreate,
  handle: async ({ body, ctx }) => {
    const created = await companyService.create(body, ctx.caller.userId, ctx.now)
    return reply(201, created, { location: `/v1/companies/${created.id}` })
  },
})

/** Owner, or desk staff / admin in scope; anyone else 404. */
export const get = defineRoute(endpoints.companiesGet, {
  params: CompanyPathParams,
  handle: ({ params, ctx }) => companyService.get(params.id, ctx.caller, ctx.now),
})

export const mine = defineRoute(endpoints.companiesMine, {
  handle: ({ ctx }) => companyService.mine(ctx.caller.userId, ctx.now),
})

export const completeStep = defineRoute(endpoints.companiesCompleteStep, {
  params: CompanyStepPathParams,
  body: StepCompleteBody,
  handle: ({ params, body, ctx }) => companyService.completeStep(params.id, params.stepId, body.note, ctx.caller, ctx.now),
})

/** Owner, or desk staff / admin in scope: a note on the case or one of its steps. */
export const addNote = defineRoute(endpoints.companiesAddNote, {
  params: CompanyPathParams,
  body: CaseNoteBody,
  handle: ({ params, body, ctx }) => companyService.addNote(params.id, body, ctx.caller, ctx.now),
})
