import { useEffect, useState } from 'react'
import type { CaseNoteBody, CompanyCase, StewardAssignBody, VisitLogBody } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { errorMessage } from '@/shared/components/error-view'
import { strings as sharedStrings } from '@/shared/components/strings'
import { stringsNow } from '@/shared/i18n'
import { useActionMessages } from '@/shared/hooks/use-action-messages'
import { useResource, type Resource } from '@/shared/hooks/use-resource'
import { addCaseNote, assignSteward, completeStep, fetchCompany, logVisit } from '../api/companies-api'
import { strings } from '../strings'

/** The key of messages about the case as a whole (its notes form). */
export const CASE_KEY = '#case'
/** The keys of messages about the steward form and the visit form. */
export const STEWARD_KEY = '#steward'
export const VISIT_KEY = '#visit'

/**
 * One case and what can be done to it: complete a step, add a note. Each answer is the whole case again, shown at
 * once; a refusal (prerequisites open, someone else finished the step first) is said at the step, and the case is
 * re-read so the page shows what the other person did.
 */
export function useCompanyCase(id: string) {
  const client = useHttpClient()
  const resource = useResource(id ? () => fetchCompany(client, id) : undefined, [client, id])
  const [latest, setLatest] = useState<CompanyCase>()
  const actions = useActionMessages()

  // A fresh read replaces whatever an action returned before it.
  useEffect(() => setLatest(undefined), [resource.data])

  const run = (key: string, action: () => Promise<CompanyCase>, done: string) =>
    actions.run(key, async () => setLatest(await action()), {
      done: () => done,
      problem: (problem) => {
        if (problem.status === 409) resource.reload()
        return problem.status === 401 ? stringsNow(strings).signInAgain : errorMessage(problem, stringsNow(sharedStrings))
      },
    })

  const complete = (stepId: string, title: string, note?: string) =>
    run(stepId, () => completeStep(client, id, stepId, note), stringsNow(strings).stepCompleted(title))

  const addNote = (body: CaseNoteBody) => run(body.stepId ?? CASE_KEY, () => addCaseNote(client, id, body), stringsNow(strings).noteSaved)

  const setSteward = (body: StewardAssignBody) =>
    run(STEWARD_KEY, () => assignSteward(client, id, body), stringsNow(strings).stewardAssigned)

  const visit = (body: VisitLogBody) => run(VISIT_KEY, () => logVisit(client, id, body), stringsNow(strings).visitLogged)

  const shown: Resource<CompanyCase> = resource.status === 'ready' && latest ? { ...resource, data: latest } : resource
  return { ...shown, isBusy: actions.isBusy, messages: actions.messages, complete, addNote, setSteward, visit }
}
