import { Text, View } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { strings } from './strings'

interface SettingSwitchProps {
  label: string
  hint?: string
  checked: boolean
  onChange: (checked: boolean) => void
}

/**
 * An on/off setting: one full-width target with its label, announced as a switch with its state. Built from a
 * View rather than Taro's <Switch> because H5's <Switch> is an unlabelled checkbox inside a custom element.
 */
export function SettingSwitch({ label, hint, checked, onChange }: SettingSwitchProps) {
  const s = useStrings(strings)
  const toggle = () => onChange(!checked)
  return (
    <View
      className={`setting-switch${checked ? ' setting-switch--on' : ''}`}
      role="switch"
      aria-checked={checked}
      aria-label={label}
      onClick={toggle}
      // H5 only (weapp has no keyboard): reachable with Tab, toggled with Space or Enter like a native switch.
      {...{
        tabIndex: 0,
        onKeyDown: (event: { key: string; preventDefault(): void }) => {
          if (event.key === ' ' || event.key === 'Enter') {
            event.preventDefault()
            toggle()
          }
        },
      }}
    >
      <View className="setting-switch__row">
        <Text className="setting-switch__label">{label}</Text>
        <View className="setting-switch__state" aria-hidden="true">
          <Text>{checked ? s.switchOn : s.switchOff}</Text>
          <View className="setting-switch__track">
            <View className="setting-switch__thumb" />
          </View>
        </View>
      </View>
      {hint && <Text className="setting-switch__hint">{hint}</Text>}
    </View>
  )
}
