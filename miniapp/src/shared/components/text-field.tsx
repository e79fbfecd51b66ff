import { Input, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useStrings } from '@/shared/i18n'
import { strings } from './strings'
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
  /** Says （必填） after the label and marks the input required for screen readers. */
  required?: boolean
  /** A multi-line box (a message, a description) instead of one line. */
  multiline?: boolean
  /** The keyboard's 完成/前往 key. */
  onConfirm?: () => void
  /** Under the field, as part of it: a live count, a code's check as it is typed. */
  children?: ReactNode
}

/**
 * The form field: a labelled input with its hint and its error right under it. The label is also the input's
 * accessible name; the hint and the error are its description.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  password = false,
  maxLength = 140,
  required = false,
  multiline = false,
  onConfirm,
  children,
}: TextFieldProps) {
  const s = useStrings(strings)
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
  const shared = {
    id,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy,
    value,
    maxlength: maxLength,
    onInput: (event: { detail: { value: string } }) => onChange(event.detail.value),
    onConfirm,
  }
  return (
    <View className={`text-field${error ? ' text-field--invalid' : ''}`}>
      <Text className="text-field__label">
        {label}
        {required && <Text className="text-field__required">{s.fieldRequired}</Text>}
      </Text>
      {hint && (
        <Text id={hintId} className="text-field__hint">
          {hint}
        </Text>
      )}
      {multiline && process.env.TARO_ENV === 'h5' ? (
        // H5's Taro <Textarea> is a custom element that keeps its own inner <textarea> away from the label and
        // ARIA attributes; a plain one is labelled and described like the <input>.
        <textarea
          id={id}
          className="text-field__input text-field__input--multiline"
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      ) : multiline ? (
        <Textarea {...shared} className="text-field__input text-field__input--multiline" autoHeight />
      ) : (
        <Input {...shared} className="text-field__input" password={password} />
      )}
      {error && (
        <Text id={errorId} className="text-field__error">
          {error}
        </Text>
      )}
      {children}
    </View>
  )
}
