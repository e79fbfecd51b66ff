import { Text, View } from '@tarojs/components'
import type { EmployeeListItem } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './companies.scss'

interface EmployeeCardProps {
  employee: EmployeeListItem
  busy: boolean
  onEdit: (employee: EmployeeListItem) => void
  onRemove: (employee: EmployeeListItem) => void
}

/** One person on the roster, ID number and phone masked as every list shows them. */
export function EmployeeCard({ employee, busy, onEdit, onRemove }: EmployeeCardProps) {
  const t = useStrings(strings)
  const dates = useDates()
  const actions = [
    { name: t.edit, text: t.edit, run: onEdit },
    { name: t.remove, text: busy ? t.removing : t.remove, run: onRemove },
  ]
  return (
    <View className="employee-card" role="group" aria-label={employee.name}>
      <Text className="employee-card__name">{employee.name}</Text>
      <Text className="employee-card__line">{t.idLine(employee.idNumberMasked)}</Text>
      <Text className="employee-card__line">{t.phoneLine(employee.phoneMasked)}</Text>
      <Text className="employee-card__line">{t.hiredLine(dates.date(employee.hiredOn))}</Text>
      <Text className="employee-card__line">
        {employee.contractSigned
          ? t.contractSignedLine(employee.contractEndsOn && dates.date(employee.contractEndsOn))
          : t.contractMissingLine}
      </Text>
      <View className="employee-card__actions">
        {actions.map(({ name, text, run }) => (
          <ActionButton
            key={name}
            variant="secondary"
            className="employee-card__action"
            label={t.on(name, employee.name)}
            disabled={busy}
            onClick={() => run(employee)}
          >
            {text}
          </ActionButton>
        ))}
      </View>
    </View>
  )
}
