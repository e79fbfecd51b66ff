import { Text, View } from '@tarojs/components'
import { MESSAGE_CATEGORIES } from '@doorstep/shared/domain/message-board'
import { SUB_DISTRICTS } from '@doorstep/shared/domain/sub-districts'
import type { ReactNode } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { SettingSwitch } from '@/shared/components/setting-switch'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { CONTENT_MAX, TITLE_MAX, type Draft, type DraftField } from '../draft'
import { strings } from '../strings'
import './messages.scss'

interface ComposeFormProps {
  draft: Draft
  onChange: (draft: Draft) => void
  /** Problems per field: the form's own checks, then the API's 422. */
  errors: Partial<Record<DraftField, string>>
  sending: boolean
  onSubmit: () => void
  /** Above the message fields (assisted filing: who the resident is). */
  before?: ReactNode
  /** Right after the content (similar messages while typing). */
  afterContent?: ReactNode
  /** Above the submit button: why the last attempt failed. */
  problem?: ReactNode
}

/** Category, title, content with its count, phone, sub-district, public or private, anonymous. */
export function ComposeForm({ draft, onChange, errors, sending, onSubmit, before, afterContent, problem }: ComposeFormProps) {
  const s = useStrings(strings)
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      onChange({ ...draft, [key]: value })
  /** A field's value, what changes it and its problem, as every control here takes them. */
  const bind = <K extends keyof Draft & DraftField>(key: K) => ({ value: draft[key], onChange: set(key), error: errors[key] })
  const categories = MESSAGE_CATEGORIES.map((c) => ({ id: c.id, name: s.categoryName(c.id) }))
  const subDistricts = SUB_DISTRICTS.map((d) => ({ id: d.id, name: s.subDistrictName(d.id) }))
  const nearLimit = draft.content.length >= CONTENT_MAX - 100
  return (
    <View className="compose-form" role="form" aria-label={s.composeTitle}>
      {before}
      <ChoiceChips label={s.categoryLabel} visibleLabel required options={categories} {...bind('category')} />
      <TextField id="message-title" label={s.titleLabel} hint={s.titleHint} required {...bind('title')} maxLength={TITLE_MAX} />
      <TextField
        id="message-content"
        label={s.contentLabel}
        hint={s.contentHint}
        required
        multiline
        {...bind('content')}
        maxLength={CONTENT_MAX}
      >
        <Text className={`compose-form__count${nearLimit ? ' compose-form__count--near' : ''}`} aria-live={nearLimit ? 'polite' : 'off'}>
          {s.charCount(draft.content.length, CONTENT_MAX)}
        </Text>
      </TextField>
      {afterContent}
      <TextField id="message-phone" label={s.phoneLabel} hint={s.phoneHint} {...bind('phone')} maxLength={20} />
      <ChoiceChips label={s.subDistrictLabel} visibleLabel options={subDistricts} noneLabel={s.none} {...bind('subDistrict')} />
      <ChoiceChips
        label={s.visibilityLabel}
        visibleLabel
        options={[
          { id: 'public', name: s.makePublic },
          { id: 'private', name: s.makePrivate },
        ]}
        value={draft.public ? 'public' : 'private'}
        onChange={(choice) => onChange({ ...draft, public: choice !== 'private' })}
        error={errors.public}
      />
      <Text className="compose-form__hint">{s.publicHint}</Text>
      {draft.public && <SettingSwitch label={s.anonymousLabel} checked={draft.anonymous} onChange={set('anonymous')} />}
      {problem}
      <ActionButton onClick={onSubmit} disabled={sending}>
        {sending ? s.submitting : s.submit}
      </ActionButton>
    </View>
  )
}
