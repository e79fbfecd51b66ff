import { View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import './view-switch.scss'

export type StationView = 'map' | 'list'

interface ViewSwitchProps {
  value: StationView
  onChange: (view: StationView) => void
}

const CHOICES: { id: StationView; name: string }[] = [
  { id: 'map', name: '地图' },
  { id: 'list', name: '列表' },
]

/** Map with the list under it, or the list alone: the list always carries every station the map shows. */
export function ViewSwitch({ value, onChange }: ViewSwitchProps) {
  return (
    <View className="view-switch" role="group" aria-label="显示方式">
      {CHOICES.map((choice) => (
        <ActionButton
          key={choice.id}
          variant="plain"
          pressed={choice.id === value}
          className={`view-switch__option${choice.id === value ? ' view-switch__option--selected' : ''}`}
          onClick={() => onChange(choice.id)}
        >
          {choice.name}
        </ActionButton>
      ))}
    </View>
  )
}
