import { Text, View } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { ActionButton } from './action-button'
import { strings } from './strings'
import './choice-chips.scss'

export interface Choice<Id extends string> {
  id: Id
  /** The chip's visible text. */
  name: string
  /** Read instead of the name when the name alone would be unclear out of context (使用模板“…”). */
  label?: string
  /** The name's language when it is not the page's (a language named in itself), for the screen reader's voice. */
  lang?: string
}

interface ChoiceChipsProps<Id extends string> {
  /** The group's name; also the visible label with `visibleLabel`. */
  label: string
  options: readonly Choice<Id>[]
  value: Id | undefined
  onChange: (value: Id | undefined) => void
  /** A first chip that chooses nothing (全部, 不选). */
  noneLabel?: string
  /** Tapping the chosen chip again clears the choice: an optional question without a 不选 chip. */
  clearable?: boolean
  /** Shown under the chips, and read with the group's name. */
  error?: string
  /** Shows the label above the chips (a form field, a question); filters are named by their group alone. */
  visibleLabel?: boolean
  /** Says （必填） after the label, visible and read. */
  required?: boolean
}

/**
 * One choice among a few, as a row of toggle chips in a named group: each chip is a button, pressed when chosen
 * (aria-pressed: the state is never colour alone, the chosen chip is also bold). Elder mode's larger chips and
 * gaps come from the tokens.
 */
export function ChoiceChips<Id extends string>({
  label,
  options,
  value,
  onChange,
  noneLabel,
  clearable = false,
  error,
  visibleLabel = false,
  required = false,
}: ChoiceChipsProps<Id>) {
  const s = useStrings(strings)
  const name = `${label}${required ? s.fieldRequired : ''}`
  const choices: (Omit<Choice<Id>, 'id'> & { id: Id | undefined })[] = noneLabel
    ? [{ id: undefined, name: noneLabel }, ...options]
    : [...options]
  const pick = (id: Id | undefined) => onChange(clearable && id === value ? undefined : id)
  return (
    <View className={`choice-chips${error ? ' choice-chips--invalid' : ''}`} role="group" aria-label={error ? `${name}：${error}` : name}>
      {visibleLabel && (
        // Hidden from screen readers: the group's name says it, with the error.
        <Text className="choice-chips__label" aria-hidden="true">
          {label}
          {required && <Text className="choice-chips__required">{s.fieldRequired}</Text>}
        </Text>
      )}
      <View className="choice-chips__row">
        {choices.map((choice) => {
          const chosen = choice.id === value
          return (
            <ActionButton
              key={choice.id ?? ''}
              variant="plain"
              pressed={chosen}
              label={choice.label}
              className={`choice-chips__chip${chosen ? ' choice-chips__chip--selected' : ''}`}
              onClick={() => pick(choice.id)}
            >
              {choice.lang ? <Text {...{ lang: choice.lang }}>{choice.name}</Text> : choice.name}
            </ActionButton>
          )
        })}
      </View>
      {error && <Text className="choice-chips__error">{error}</Text>}
    </View>
  )
}
