import type { StaffMessage } from '@doorstep/shared'
import { useEffect, useState } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { fetchMessage } from '../api/messages-api'
import { fetchTemplates } from '../api/staff-messages-api'
import { strings } from '../strings'

/** One message as staff see it, the reply templates, and what the last action changed (with its "done" line). */
export function useStaffMessage(id: string) {
  const s = useStrings(strings)
  const client = useHttpClient()
  const loaded = useResource(id ? () => fetchMessage<StaffMessage>(client, id) : undefined, [client, id])
  // Templates are a help, not a must: without them the answer is typed in full.
  const templates = useResource(() => fetchTemplates(client), [client])
  const [changed, setChanged] = useState<StaffMessage>()
  const [notice, setNotice] = useState<string>()
  useEffect(() => {
    setChanged(undefined)
    setNotice(undefined)
  }, [id, loaded.data])
  const message = changed ?? loaded.data
  const onChanged = (updated: StaffMessage) => {
    setNotice(updated.status !== message?.status ? `${s.done}：${s.statusName(updated.status)}` : s.done)
    setChanged(updated)
  }
  return { loaded, message, templates: templates.data?.items ?? [], notice, onChanged }
}
