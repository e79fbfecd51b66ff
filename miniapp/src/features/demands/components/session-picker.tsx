import { useState } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { EmptyView } from '@/shared/components/empty-view'
import { useDates } from '@/shared/format/date-time'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { fetchServices, fetchSessions } from '../api/demands-api'
import { strings } from '../strings'

/** A service project, then one of its upcoming sessions (with the seats left): chosen, never typed. */
export function SessionPicker({
  value,
  onChange,
  error,
}: {
  value?: string
  onChange: (sessionId: string | undefined) => void
  error?: string
}) {
  const t = useStrings(strings)
  const dates = useDates()
  const client = useHttpClient()
  const services = useResource(() => fetchServices(client), [client])
  const [serviceId, setServiceId] = useState<string>()
  const sessions = useResource(serviceId ? () => fetchSessions(client, serviceId) : undefined, [client, serviceId])
  const open = sessions.data?.items ?? []
  return (
    <>
      <ChoiceChips
        label={t.serviceLabel}
        visibleLabel
        options={(services.data?.items ?? []).map((s) => ({ id: s.id, name: s.name }))}
        value={serviceId}
        onChange={(id) => {
          setServiceId(id)
          onChange(undefined)
        }}
        error={serviceId ? undefined : error}
      />
      {serviceId && sessions.status === 'ready' && open.length === 0 && <EmptyView title={t.noSessions} />}
      {open.length > 0 && (
        <ChoiceChips
          label={t.sessionLabel}
          visibleLabel
          options={open.map((s) => ({
            id: s.id,
            name: t.sessionChoice(s.title, dates.wallClock(s.startsAt), Math.max(0, s.capacity - s.confirmed)),
          }))}
          value={value}
          onChange={onChange}
          error={error}
        />
      )}
    </>
  )
}
