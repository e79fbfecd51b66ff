import { Text, View } from '@tarojs/components'
import { SUB_DISTRICTS, type DemandFunnelRow, type StaffDemand, type SubDistrictId } from '@doorstep/shared'
import { useState } from 'react'
import type { StaffMe } from '@/features/staff/components/staff-gate'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView } from '@/shared/components/action-message'
import { Card } from '@/shared/components/card'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { TextField } from '@/shared/components/text-field'
import { ToggleChip } from '@/shared/components/toggle-chip'
import { useActionMessages } from '@/shared/hooks/use-action-messages'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { answerDemand, createDemand, decideDemand, fetchDemands, fetchFieldDemands, fetchTaggedMessages } from '../api/demands-api'
import { strings } from '../strings'
import { SessionPicker } from './session-picker'

/** 需求库: group reports into demands, decide them in public, answer adopted ones with a session, and see the funnel. */
export function DemandPool({ me }: { me: StaffMe }) {
  const t = useStrings(strings)
  const n = useStrings(names)
  const own = me.scope.kind === 'subDistrict' ? me.scope.id : me.scope.kind === 'district' ? undefined : me.scope.subDistrict
  const [chosenArea, setChosenArea] = useState<SubDistrictId>('pingjiang')
  const area = own ?? chosenArea
  const client = useHttpClient()
  const pool = useResource(async () => {
    const [fields, tagged, demands] = await Promise.all([
      fetchFieldDemands(client, own ? undefined : area),
      fetchTaggedMessages(client, own ? undefined : area),
      fetchDemands(client, own ? undefined : area),
    ])
    return { fields: fields.items.filter((f) => !f.demandId), tagged: tagged.demands, demands: demands.items, funnel: demands.funnel }
  }, [client, area, own])

  return (
    <>
      {!own && (
        <ChoiceChips
          label={t.candidates}
          options={SUB_DISTRICTS.map((s) => ({ id: s.id, name: n.street(s.id) }))}
          value={area}
          onChange={(id) => id && setChosenArea(id)}
        />
      )}
      {pool.status === 'loading' && <LoadingView message={t.loading} />}
      {pool.status === 'error' && <ErrorView title={t.failed} error={pool.error} onRetry={pool.reload} />}
      {pool.status === 'ready' && (
        <>
          <GroupForm area={area} fields={pool.data.fields} tagged={pool.data.tagged} onGrouped={pool.reload} />
          <View className="demands__section" role="region" aria-label={t.demandsHeading}>
            <Heading level={2}>{t.demandsHeading}</Heading>
            {pool.data.demands.length === 0 ? (
              <EmptyView title={t.noDemands} />
            ) : (
              <View role="list">
                {pool.data.demands.map((d) => (
                  <View role="listitem" key={d.id}>
                    <DemandCard demand={d} onChanged={pool.reload} />
                  </View>
                ))}
              </View>
            )}
          </View>
          <Funnel rows={pool.data.funnel} />
        </>
      )}
    </>
  )
}

interface GroupFormProps {
  area: SubDistrictId
  fields: Array<{ id: string; topic: string; households: number }>
  tagged: Array<{ id: string; title: string; trackingNo: string }>
  onGrouped: () => Promise<void>
}

function GroupForm({ area, fields, tagged, onGrouped }: GroupFormProps) {
  const t = useStrings(strings)
  const client = useHttpClient()
  const actions = useActionMessages()
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [topic, setTopic] = useState('')
  const [summary, setSummary] = useState('')
  const toggle = (id: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const group = () => {
    const messageIds = tagged.filter((m) => chosen.has(m.id)).map((m) => m.id)
    const fieldDemandIds = fields.filter((f) => chosen.has(f.id)).map((f) => f.id)
    if (messageIds.length + fieldDemandIds.length === 0) return actions.tell('group', { text: t.chooseOne, tone: 'problem' })
    if (!topic.trim() || !summary.trim())
      return actions.tell('group', { text: `${t.required}：${t.topicLabel}、${t.summaryLabel}`, tone: 'problem' })
    void actions.run(
      'group',
      () => createDemand(client, { topic: topic.trim(), summary: summary.trim(), subDistrict: area, messageIds, fieldDemandIds }),
      {
        done: () => {
          setChosen(new Set())
          setTopic('')
          setSummary('')
          void onGrouped()
          return t.grouped
        },
      },
    )
  }

  return (
    <View className="demands__section" role="form" aria-label={t.candidates}>
      <Heading level={2}>{t.candidates}</Heading>
      {tagged.length + fields.length === 0 ? (
        <EmptyView title={t.noCandidates} />
      ) : (
        <View className="demands__chips">
          {tagged.map((m) => (
            <ToggleChip key={m.id} on={chosen.has(m.id)} onChange={(on) => toggle(m.id, on)}>
              {t.taggedMessage(m.title, m.trackingNo)}
            </ToggleChip>
          ))}
          {fields.map((f) => (
            <ToggleChip key={f.id} on={chosen.has(f.id)} onChange={(on) => toggle(f.id, on)}>
              {t.fieldDemand(f.topic, f.households)}
            </ToggleChip>
          ))}
        </View>
      )}
      <TextField id="demand-topic" label={t.topicLabel} required maxLength={20} value={topic} onChange={setTopic} />
      <TextField id="demand-summary" label={t.summaryLabel} required multiline maxLength={500} value={summary} onChange={setSummary} />
      <ActionButton onClick={group} disabled={actions.isBusy('group')}>
        {actions.isBusy('group') ? t.grouping : t.group}
      </ActionButton>
      <ActionMessageView message={actions.messages.group} />
    </View>
  )
}

function DemandCard({ demand, onChanged }: { demand: StaffDemand; onChanged: () => Promise<void> }) {
  const t = useStrings(strings)
  const n = useStrings(names)
  const client = useHttpClient()
  const actions = useActionMessages()
  const [reason, setReason] = useState('')
  const [sessionId, setSessionId] = useState<string>()
  const act = (key: string, action: () => Promise<StaffDemand>, done: (d: StaffDemand) => string) =>
    void actions.run(key, action, {
      done: (d) => {
        void onChanged()
        return done(d)
      },
    })

  return (
    <Card title={`${demand.topic} · ${t.status(demand.status)}`} label={demand.topic}>
      <Text className="demands__line">{`${n.street(demand.subDistrict)} · ${t.reports(demand.reports)}`}</Text>
      <Text className="demands__line">{demand.summary}</Text>
      {demand.trail.map(
        (step) => step.note && <Text key={step.at} className="demands__line">{`${t.status(step.status)}：${step.note}`}</Text>,
      )}
      {demand.result && (
        <Text className="demands__line">{t.result(demand.result.kind === 'session' ? demand.result.title : demand.result.name)}</Text>
      )}
      {demand.status === 'assessing' && (
        <>
          <TextField id={`reason-${demand.id}`} label={t.reasonLabel} maxLength={500} value={reason} onChange={setReason} />
          <ActionButton
            onClick={() =>
              act(
                'decide',
                () => decideDemand(client, demand.id, { decision: 'adopt', ...(reason.trim() ? { note: reason.trim() } : {}) }),
                () => t.decided(t.status('adopted')),
              )
            }
            disabled={actions.isBusy('decide')}
          >
            {t.adopt}
          </ActionButton>
          <ActionButton
            variant="secondary"
            onClick={() =>
              reason.trim()
                ? act(
                    'decide',
                    () => decideDemand(client, demand.id, { decision: 'decline', reason: reason.trim() }),
                    () => t.decided(t.status('declined')),
                  )
                : actions.tell('decide', { text: `${t.required}：${t.reasonLabel}`, tone: 'problem' })
            }
            disabled={actions.isBusy('decide')}
          >
            {t.decline}
          </ActionButton>
          <ActionMessageView message={actions.messages.decide} />
        </>
      )}
      {demand.status === 'adopted' && (
        <>
          <SessionPicker value={sessionId} onChange={setSessionId} />
          <ActionButton
            onClick={() =>
              sessionId
                ? act(
                    'answer',
                    () => answerDemand(client, demand.id, { kind: 'session', sessionId }),
                    (d) => t.scheduled(d.notified ?? 0),
                  )
                : actions.tell('answer', { text: `${t.required}：${t.sessionLabel}`, tone: 'problem' })
            }
            disabled={actions.isBusy('answer')}
          >
            {t.schedule}
          </ActionButton>
          <ActionMessageView message={actions.messages.answer} />
        </>
      )}
      {demand.status === 'scheduled' && demand.notified !== undefined && (
        <Text className="demands__line">{t.scheduled(demand.notified)}</Text>
      )}
    </Card>
  )
}

function Funnel({ rows }: { rows: DemandFunnelRow[] }) {
  const t = useStrings(strings)
  const n = useStrings(names)
  const columns = t.funnelColumns.split(',')
  return (
    <View className="demands__section" role="region" aria-label={t.funnelHeading}>
      <Heading level={2}>{t.funnelHeading}</Heading>
      <Text className="demands__line">{t.funnelCaption}</Text>
      <View role="table" aria-label={t.funnelHeading}>
        <View role="row" className="demands__row">
          {columns.map((c) => (
            <Text role="columnheader" key={c} className="demands__cell">
              {c}
            </Text>
          ))}
        </View>
        {rows.map((r) => (
          <View role="row" key={r.subDistrict} className="demands__row">
            {[
              r.subDistrict === 'all' ? t.allAreas : n.street(r.subDistrict),
              r.demands,
              r.decided,
              r.adopted,
              r.scheduled,
              r.declined,
              t.days(r.medianDaysToResult),
            ].map((cell, i) => (
              <Text role={i === 0 ? 'rowheader' : 'cell'} key={i} className="demands__cell">
                {String(cell)}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
