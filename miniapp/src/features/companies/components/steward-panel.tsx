import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { VISIT_ITEMS, type CompanyCase, type VisitItem } from '@doorstep/shared'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ActionMessageView, type ActionMessage } from '@/shared/components/action-message'
import { Heading } from '@/shared/components/heading'
import { TextField } from '@/shared/components/text-field'
import { ToggleChip } from '@/shared/components/toggle-chip'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

interface StewardPanelProps {
  company: CompanyCase
  /** Desk staff and the admin assign; the steward (and desks) log visits; the owner only reads. */
  canAssign: boolean
  canVisit: boolean
  busy: (key: string) => boolean
  messages: Partial<Record<string, ActionMessage>>
  onAssign: (staffId: string, contact: string) => Promise<boolean>
  onVisit: (did: VisitItem[], text: string) => Promise<boolean>
  keys: { steward: string; visit: string }
}

/** 用工管家 on a case: who it is and how to call them; for staff, assigning one and logging visits. */
export function StewardPanel({ company, canAssign, canVisit, busy, messages, onAssign, onVisit, keys }: StewardPanelProps) {
  const t = useStrings(strings)
  const steward = company.steward
  const [account, setAccount] = useState('')
  const [phone, setPhone] = useState('')
  const [did, setDid] = useState<VisitItem[]>([])
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<{ steward?: string; visit?: string }>({})

  const assign = async () => {
    if (!account.trim() || !phone.trim()) return setProblem({ steward: t.stewardFill })
    setProblem({})
    if (await onAssign(account.trim(), phone.trim())) setAccount('')
  }
  const visit = async () => {
    if (!text.trim()) return setProblem({ visit: t.visitFill })
    setProblem({})
    if (await onVisit(did, text.trim())) {
      setText('')
      setDid([])
    }
  }

  return (
    <View className="steward-panel" role="region" aria-label={t.stewardHeading}>
      <Heading level={2}>{t.stewardHeading}</Heading>
      {steward ? (
        <>
          <Text className="steward-panel__line">{t.stewardOf(steward.name)}</Text>
          <Text className="steward-panel__line">{t.stewardContact(steward.contact)}</Text>
          <ActionButton variant="secondary" onClick={() => void Taro.makePhoneCall({ phoneNumber: steward.contact }).catch(() => {})}>
            {t.callSteward}
          </ActionButton>
        </>
      ) : (
        <Text className="steward-panel__line">{t.noSteward}</Text>
      )}
      <Text className="steward-panel__line">{t.stewardIntro}</Text>
      {canAssign && (
        <View role="form" aria-label={t.assignSteward}>
          <TextField
            id="steward-account"
            label={t.stewardAccount}
            maxLength={32}
            value={account}
            onChange={setAccount}
            error={problem.steward}
          />
          <TextField id="steward-phone" label={t.stewardPhone} maxLength={20} value={phone} onChange={setPhone} />
          <ActionButton onClick={() => void assign()} disabled={busy(keys.steward)}>
            {t.assignSteward}
          </ActionButton>
          <ActionMessageView message={messages[keys.steward]} />
        </View>
      )}
      {canVisit && (
        <View role="form" aria-label={t.visitHeading}>
          <Heading level={3}>{t.visitHeading}</Heading>
          <View className="steward-panel__chips">
            {VISIT_ITEMS.map((item) => (
              <ToggleChip
                key={item}
                on={did.includes(item)}
                onChange={(on) => setDid((d) => (on ? [...d, item] : d.filter((x) => x !== item)))}
              >
                {t.visitItem(item)}
              </ToggleChip>
            ))}
          </View>
          <TextField id="visit-text" label={t.visitText} multiline maxLength={200} value={text} onChange={setText} error={problem.visit} />
          <ActionButton onClick={() => void visit()} disabled={busy(keys.visit)}>
            {t.logVisit}
          </ActionButton>
          <ActionMessageView message={messages[keys.visit]} />
        </View>
      )}
    </View>
  )
}
