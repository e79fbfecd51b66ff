import { Text } from '@tarojs/components'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { isProblem, type CodeCheck } from '../checks'
import { strings } from '../strings'
import './companies.scss'

interface CodeFieldProps {
  id: string
  kind: 'creditCode' | 'idNumber'
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  check: CodeCheck
  /** After a submit attempt, a missing or short code is a problem too. */
  submitted: boolean
  /** What the API said about the field, when it refused it. */
  serverError?: string
}

/** An 18-character code checked as it is typed: a wrong character or check character shows at once, under the field. */
export function CodeField({ id, kind, label, hint, value, onChange, check, submitted, serverError }: CodeFieldProps) {
  const t = useStrings(strings)
  const problem = isProblem(check, submitted) ? t.codeProblem(kind, check) : serverError
  const status = problem
    ? undefined
    : check.kind === 'valid'
      ? t.codeValid(kind)
      : check.kind === 'short'
        ? t.codeTyping(check.typed, check.missing)
        : undefined
  return (
    <TextField id={id} label={label} hint={hint} value={value} onChange={onChange} error={problem} maxLength={24}>
      {status && (
        <Text className={`code-field__status${check.kind === 'valid' ? ' code-field__status--valid' : ''}`} role="status">
          {status}
        </Text>
      )}
    </TextField>
  )
}
