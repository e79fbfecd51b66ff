import { TextField } from '@/shared/components/text-field'

/** The longest password the API takes. */
const PASSWORD_MAX = 128

interface PasswordFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  /** The keyboard's 完成 key: send the form. */
  onConfirm?: () => void
}

/** A password field (the characters hidden), as the sign-in and the password change forms ask for it. */
export function PasswordField(props: PasswordFieldProps) {
  return <TextField {...props} password maxLength={PASSWORD_MAX} />
}
