import { View } from '@tarojs/components'
import type { CategoryId, MessageReplyTemplate, StaffMessage, StaffMessageActionBody, SubDistrictId } from '@doorstep/shared'
import { SERVICE_CATEGORIES } from '@doorstep/shared/domain/categories'
import { STAFF_MESSAGE_ACTIONS } from '@doorstep/shared/domain/message-board'
import { SUB_DISTRICTS } from '@doorstep/shared/domain/sub-districts'
import { useState } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, ActionProblem } from '@/shared/components/action-message'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { Heading } from '@/shared/components/heading'
import { TextField } from '@/shared/components/text-field'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { actOnMessage, fetchServiceChoices } from '../api/staff-messages-api'
import { CONTENT_MAX, fieldErrorsOf } from '../draft'
import { useAction } from '../hooks/use-action'
import { strings } from '../strings'
import { isAwaitingAnswer } from './my-message-card'
import { MessageSection } from './message-sections'
import { TextSendForm } from './text-send-form'
import './messages.scss'

type Props = { message: StaffMessage; onChanged: (message: StaffMessage) => void }
type TemplateId = NonNullable<Extract<StaffMessageActionBody, { action: 'reply' }>['templateId']>

const may = (action: keyof typeof STAFF_MESSAGE_ACTIONS, message: StaffMessage) =>
  (STAFF_MESSAGE_ACTIONS[action].from as readonly string[]).includes(message.status)

/** One staff action with its own busy state, problem and "done" line. */
function useStaffAction(message: StaffMessage, onChanged: Props['onChanged']) {
  const client = useHttpClient()
  return useAction((body: StaffMessageActionBody) => actOnMessage(client, message.id, body), onChanged)
}

/** The steps the status allows: approve a held message, claim, resolve an answered one. */
export function StatusActions({ message, onChanged }: Props) {
  const s = useStrings(strings)
  const act = useStaffAction(message, onChanged)
  const steps = (['approve', 'claim', 'resolve'] as const).filter((step) => may(step, message))
  if (steps.length === 0) return null
  const label = { approve: s.approve, claim: s.claim, resolve: s.resolve }
  return (
    <View className="message-actions">
      {steps.map((step) => (
        <ActionButton
          key={step}
          variant={step === 'resolve' ? 'secondary' : 'primary'}
          disabled={act.busy}
          onClick={() => void act.run({ action: step })}
        >
          {label[step]}
        </ActionButton>
      ))}
      {act.error && <ActionProblem error={act.error} />}
    </View>
  )
}

/** 答复: start from a template if one fits, edit, send; the resident is told at once (inbox). */
export function ReplyForm({ message, onChanged, templates }: Props & { templates: MessageReplyTemplate[] }) {
  const s = useStrings(strings)
  const [answer, setAnswer] = useState('')
  const [templateId, setTemplateId] = useState<TemplateId>()
  const [problem, setProblem] = useState<string>()
  const act = useStaffAction(message, onChanged)
  const fromApi = fieldErrorsOf(act.error, ['answer'] as const)
  if (!may('reply', message)) return null
  const send = () => {
    const text = answer.trim()
    setProblem(text ? undefined : s.fillReply)
    if (text) void act.run({ action: 'reply', answer: text, ...(templateId ? { templateId } : {}) })
  }
  return (
    <View className="message-section" role="form" aria-label={s.replyLabel}>
      <Heading level={3}>{s.replyHeading}</Heading>
      {templates.length > 0 && (
        <ChoiceChips
          label={s.templatesLabel}
          visibleLabel
          // the API's templates are the ids this schema lists
          options={templates.map((template) => ({
            id: template.id as TemplateId,
            name: template.title,
            label: s.useTemplate(template.title),
          }))}
          value={templateId}
          onChange={(id) => {
            const template = templates.find((t) => t.id === id)
            if (!template) return
            setTemplateId(id)
            setAnswer(template.text)
          }}
        />
      )}
      <TextField
        id="staff-reply"
        label={s.replyLabel}
        hint={s.replyHint}
        required
        multiline
        value={answer}
        onChange={setAnswer}
        maxLength={CONTENT_MAX}
        error={problem ?? fromApi.answer}
      />
      <ActionButton disabled={act.busy} onClick={send}>
        {act.busy ? s.sending : s.sendReply}
      </ActionButton>
      {act.error && !fromApi.answer && <ActionProblem error={act.error} />}
    </View>
  )
}

/** 内部备注: a line for colleagues, never shown to the resident. */
export function NoteForm({ message, onChanged }: Props) {
  const s = useStrings(strings)
  const client = useHttpClient()
  return (
    <TextSendForm
      id="staff-note"
      label={s.noteLabel}
      hint={s.noteHint}
      field="note"
      emptyProblem={s.fillNote}
      sendLabel={s.addNote}
      send={(note) => actOnMessage(client, message.id, { action: 'note', note })}
      onSent={onChanged}
    />
  )
}

/** 转办: hand an open message to another sub-district's queue, saying why. */
export function TransferForm({ message, onChanged }: Props) {
  const s = useStrings(strings)
  const [to, setTo] = useState<SubDistrictId>()
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string>()
  const act = useStaffAction(message, onChanged)
  if (!isAwaitingAnswer(message.status)) return null
  const options = SUB_DISTRICTS.filter((d) => d.id !== message.subDistrict).map((d) => ({ id: d.id, name: s.subDistrictName(d.id) }))
  const send = () => {
    setProblem(to ? undefined : s.chooseSubDistrict)
    if (to) void act.run({ action: 'transfer', subDistrict: to, ...(note.trim() ? { note: note.trim() } : {}) })
  }
  return (
    <View className="message-section" role="form" aria-label={s.transferHeading}>
      <Heading level={3}>{s.transferHeading}</Heading>
      <ChoiceChips label={s.subDistrictLabelStaff} visibleLabel options={options} value={to} onChange={setTo} error={problem} />
      <TextField id="staff-transfer-note" label={s.transferNoteLabel} value={note} onChange={setNote} maxLength={500} />
      <ActionButton variant="secondary" disabled={act.busy} onClick={send}>
        {s.transfer}
      </ActionButton>
      {act.error && <ActionProblem error={act.error} />}
    </View>
  )
}

/** 标记为服务需求: feeds the demand pool; the service project created in response is chosen from the catalogue. */
export function DemandForm({ message, onChanged }: Props) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const client = useHttpClient()
  // The catalogue is a help: without it the demand is still tagged by its topic.
  const catalogue = useResource(() => fetchServiceChoices(client), [client])
  const services = catalogue.data?.items ?? []
  const [topic, setTopic] = useState(message.demand?.topic ?? '')
  const [serviceId, setServiceId] = useState(message.demand?.serviceId)
  const [category, setCategory] = useState<CategoryId>()
  const shownCategory = category ?? services.find((service) => service.id === serviceId)?.categoryId
  const [problem, setProblem] = useState<string>()
  const act = useStaffAction(message, onChanged)
  const fromApi = fieldErrorsOf(act.error, ['topic', 'serviceId'] as const)
  const serviceName = (id: string) => services.find((service) => service.id === id)?.name ?? id
  const send = () => {
    const body = { ...(topic.trim() ? { topic: topic.trim() } : {}), ...(serviceId ? { serviceId } : {}) }
    setProblem(Object.keys(body).length ? undefined : s.fillTopic)
    if (Object.keys(body).length) void act.run({ action: 'tag-demand', ...body })
  }
  return (
    <View className="message-section" role="form" aria-label={s.demandHeading}>
      <Heading level={3}>{s.demandHeading}</Heading>
      {message.demand && (
        <ActionMessageView
          message={{
            text: `${s.demandTagged}：${s.demandLine(message.demand.topic ?? '', message.demand.serviceId ? serviceName(message.demand.serviceId) : '')}`,
            tone: 'done',
          }}
        />
      )}
      <TextField
        id="staff-demand-topic"
        label={s.topicLabel}
        hint={s.topicHint}
        value={topic}
        onChange={setTopic}
        maxLength={20}
        error={problem ?? fromApi.topic}
      />
      {services.length > 0 && (
        <ChoiceChips
          label={s.serviceCategoryLabel}
          visibleLabel
          clearable
          options={SERVICE_CATEGORIES.map((c) => ({ id: c.id, name: n.category(c.id) }))}
          value={shownCategory}
          onChange={(next) => {
            setCategory(next)
            setServiceId(undefined)
          }}
        />
      )}
      {shownCategory && (
        <ChoiceChips
          label={s.serviceLabel}
          visibleLabel
          noneLabel={s.noService}
          options={services
            .filter((service) => service.categoryId === shownCategory)
            .map((service) => ({ id: service.id, name: service.name }))}
          value={serviceId}
          onChange={setServiceId}
          error={fromApi.serviceId}
        />
      )}
      <ActionButton variant="secondary" disabled={act.busy} onClick={send}>
        {s.tagDemand}
      </ActionButton>
      {act.error && !fromApi.topic && !fromApi.serviceId && <ActionProblem error={act.error} />}
    </View>
  )
}

/** Everything staff can do to the message, in the order they usually do it. */
export function StaffActions({ message, onChanged, templates }: Props & { templates: MessageReplyTemplate[] }) {
  const s = useStrings(strings)
  return (
    <MessageSection title={s.actionsHeading}>
      <StatusActions message={message} onChanged={onChanged} />
      <ReplyForm message={message} onChanged={onChanged} templates={templates} />
      <TransferForm message={message} onChanged={onChanged} />
      <DemandForm message={message} onChanged={onChanged} />
    </MessageSection>
  )
}
