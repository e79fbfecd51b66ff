import { Text, View } from '@tarojs/components'
import type { InboxKind, SubscriptionSettings as Settings } from '@doorstep/shared'
import { useState } from 'react'
import { useHttpClient } from '@/shared/api/http-client-context'
import { Heading } from '@/shared/components/heading'
import { SettingSwitch } from '@/shared/components/setting-switch'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { fetchSubscriptions, recordSubscriptionAnswers } from '../api/subscriptions-api'
import { canRequestSubscribe, requestSubscribe } from '../request-subscribe'
import { strings } from '../strings'
import './inbox.scss'

/**
 * 我的 › 微信通知: one switch per kind of note the deployment sends by WeChat. On asks WeChat's prompt again (each 允许
 * lets one message through); off tells the API to send none. The inbox gets every note either way.
 */
export function SubscriptionSettings() {
  const s = useStrings(strings)
  const client = useHttpClient()
  const loaded = useResource(() => fetchSubscriptions(client), [client])
  const [latest, setLatest] = useState<Settings>()
  const settings = latest ?? loaded.data
  if (!settings || settings.templates.length === 0) return null

  const toggle = async (templateId: string, on: boolean) => {
    const answers = on ? await requestSubscribe([templateId]) : { [templateId]: 'ban' as const }
    if (answers) setLatest(await recordSubscriptionAnswers(client, answers))
  }
  const available = (kind: InboxKind) => settings.consents.find((c) => c.kind === kind)?.available ?? 0

  return (
    <View className="subscription-settings">
      <Heading level={2}>{s.notificationsTitle}</Heading>
      {canRequestSubscribe ? (
        settings.templates.map(({ kind, templateId }) => (
          <SettingSwitch
            key={kind}
            label={s.notifyKind(kind)}
            hint={s.notifyLeft(available(kind))}
            checked={available(kind) > 0}
            onChange={(on) => void toggle(templateId, on).catch(() => {})}
          />
        ))
      ) : (
        <Text className="subscription-settings__note">{s.notifyWebOnly}</Text>
      )}
    </View>
  )
}
