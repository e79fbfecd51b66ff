import { View } from '@tarojs/components'
import { SUB_DISTRICTS, type SubDistrictId } from '@doorstep/shared/domain/sub-districts'
import { ActionButton } from '@/shared/components/action-button'
import './street-filter.scss'

interface StreetFilterProps {
  value: SubDistrictId | undefined
  onChange: (street: SubDistrictId | undefined) => void
}

const CHOICES: { id: SubDistrictId | undefined; name: string }[] = [{ id: undefined, name: '全部' }, ...SUB_DISTRICTS]

export function StreetFilter({ value, onChange }: StreetFilterProps) {
  return (
    <View className="street-filter" role="group" aria-label="按街道筛选">
      {CHOICES.map((choice) => (
        <ActionButton
          key={choice.id ?? 'all'}
          variant="plain"
          pressed={choice.id === value}
          className={`street-filter__chip${choice.id === value ? ' street-filter__chip--selected' : ''}`}
          onClick={() => onChange(choice.id)}
        >
          {choice.name}
        </ActionButton>
      ))}
    </View>
  )
}
