import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import './companies.scss'

interface ChoiceChipsProps<T extends string> {
  label: string
  choices: readonly { id: T; name: string }[]
  value: T | undefined
  onChange: (value: T) => void
  error?: string
}

/** One choice out of a few, as pressed/unpressed buttons in a labelled group. */
export function ChoiceChips<T extends string>({ label, choices, value, onChange, error }: ChoiceChipsProps<T>) {
  return (
    <View className={`choice-chips${error ? ' choice-chips--invalid' : ''}`} role="group" aria-label={label}>
      <Text className="choice-chips__label">{label}</Text>
      <View className="choice-chips__row">
        {choices.map((choice) => (
          <ActionButton
            key={choice.id}
            variant="plain"
            pressed={choice.id === value}
            className={`choice-chip${choice.id === value ? ' choice-chip--selected' : ''}`}
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
