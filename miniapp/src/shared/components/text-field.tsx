import { Input, Text, View } from '@tarojs/components'
import './text-field.scss'

interface TextFieldProps {
  /** Unique on the page; the error text is linked to the input through it. */
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** Shown under the field, in words a person can act on. */
  error?: string
  hint?: string
  password?: boolean
  maxLength?: number
  /** The keyboard's 完成/前往 key. */
  onConfirm?: () => void
}

/** A labelled one-line input with its error right under it. The label is also the input's accessible name. */
export function TextField({ id, label, value, onChange, error, hint, password = false, maxLength = 140, onConfirm }: TextFieldProps) {
  const errorId = `${id}-error`
  return (
    <View className={`text-field${error ? ' text-field--invalid' : ''}`}>
      <Text className="text-field__label">{label}</Text>
      {hint && <Text className="text-field__hint">{hint}</Text>}
      <Input
        id={id}
        className="text-field__input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        password={password}
        maxlength={maxLength}
        onInput={(event) => onChange(event.detail.value)}
        onConfirm={onConfirm}
      />
      {error && (
        <Text id={errorId} className="text-field__error">
          {error}
        </Text>
      )}
    </View>
  )
}
