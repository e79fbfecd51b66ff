import { View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './view-switch.scss'

export type StationView = 'map' | 'list'

interface ViewSwitchProps {
  value: StationView
  onChange: (view: StationView) => void
}

const CHOICES: StationView[] = ['map', 'list']

/** Map with the list under it, or the list alone: the list always carries every station the map shows. */
export function ViewSwitch({ value, onChange }: ViewSwitchProps) {
  const s = useStrings(strings)
  return (
    <View className="view-switch" role="group" aria-label={s.viewLabel}>
      {CHOICES.map((id) => (
        <ActionButton
          key={id}
          variant="plain"
          pressed={id === value}
          className={`view-switch__option${id === value ? ' view-switch__option--selected' : ''}`}
          onClick={() => onChange(id)}
        >
          {id === 'map' ? s.viewMap : s.viewList}
        </ActionButton>
      ))}
    </View>
  )
}
