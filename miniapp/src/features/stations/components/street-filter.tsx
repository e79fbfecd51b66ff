import { View } from '@tarojs/components'
import { SUB_DISTRICT_IDS, type SubDistrictId } from '@doorstep/shared/domain/sub-districts'
import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'
import './street-filter.scss'

interface StreetFilterProps {
  value: SubDistrictId | undefined
  onChange: (street: SubDistrictId | undefined) => void
}

const CHOICES: (SubDistrictId | undefined)[] = [undefined, ...SUB_DISTRICT_IDS]

export function StreetFilter({ value, onChange }: StreetFilterProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  return (
    <View className="street-filter" role="group" aria-label={s.streetFilter}>
      {CHOICES.map((id) => (
        <ActionButton
          key={id ?? 'all'}
          variant="plain"
          pressed={id === value}
          className={`street-filter__chip${id === value ? ' street-filter__chip--selected' : ''}`}
          onClick={() => onChange(id)}
        >
          {id ? n.street(id) : s.allStreets}
        </ActionButton>
      ))}
    </View>
  )
}
