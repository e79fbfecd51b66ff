import { SUB_DISTRICT_IDS, type SubDistrictId } from '@doorstep/shared/domain/sub-districts'
import { ChoiceChips } from '@/shared/components/choice-chips'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'

interface StreetFilterProps {
  value: SubDistrictId | undefined
  onChange: (street: SubDistrictId | undefined) => void
}

/** 全部 or one street: the chips above the station list and the map. */
export function StreetFilter({ value, onChange }: StreetFilterProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  return (
    <ChoiceChips
      label={s.streetFilter}
      noneLabel={s.allStreets}
      options={SUB_DISTRICT_IDS.map((id) => ({ id, name: n.street(id) }))}
      value={value}
      onChange={onChange}
    />
  )
}
