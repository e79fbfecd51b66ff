import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { strings as sharedStrings } from '@/shared/components/strings'
import { useStrings } from '@/shared/i18n'
import './messages.scss'

interface ChoiceChipsProps<Id extends string> {
  label: string
  options: readonly { id: Id; name: string }[]
  value: Id | undefined
  onChange: (value: Id | undefined) => void
  /** The chip that chooses nothing (全部, 不选); without it one option must be picked. */
  noneLabel?: string
  error?: string
  /** Shows the label above the chips (a form field); filters rely on their group name alone. */
  visibleLabel?: boolean
  /** Says （必填） after the visible label. */
  required?: boolean
}

/** One choice among a few, as a row of toggle chips (pressed = chosen), named as a group. */
export function ChoiceChips<Id extends string>({ label, options, value, onChange, noneLabel, error, visibleLabel = false, required = false }: ChoiceChipsProps<Id>) {
  const shared = useStrings(sharedStrings)
  const name = `${label}${required ? shared.fieldRequired : ''}`
  const choices: { id: Id | undefined; name: string }[] = noneLabel ? [{ id: undefined, name: noneLabel }, ...options] : [...options]
  return (
    <View className={`choice-chips${error ? ' choice-chips--invalid' : ''}`} role="group" aria-label={error ? `${name}：${error}` : name}>
      {visibleLabel && (
        <Text className="choice-chips__label" aria-hidden="true">
          {label}
          {required && <Text className="text-field__required">{shared.fieldRequired}</Text>}
        </Text>
      )}
      <View className="choice-chips__row">
        {choices.map((choice) => (
          <ActionButton
            key={choice.id ?? 'none'}
            variant="plain"
            pressed={choice.id === value}
            className={`choice-chips__chip${choice.id === value ? ' choice-chips__chip--selected' : ''}`}
            onClick={() => onChange(choice.id)}
          >
            {choice.name}
          </ActionButton>
        ))}
      </View>
      {error && <Text className="choice-chips__error">{error}</Text>}
    </View>
  )
}
