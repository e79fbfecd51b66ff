import Taro from '@tarojs/taro'
import { useState } from 'react'
import { fileForResident } from '@/features/messages/api/staff-messages-api'
import { ComposeForm } from '@/features/messages/components/compose-form'
import { ReceiptView } from '@/features/messages/components/receipt-view'
import { SubmitProblem } from '@/features/messages/components/submit-problem'
import { toSubmit } from '@/features/messages/draft'
import { useCompose } from '@/features/messages/hooks/use-compose'
import { strings } from '@/features/messages/strings'
import { BOARD_ROLES, StaffGate } from '@/features/staff/components/staff-gate'
import { ActionButton } from '@/shared/components/action-button'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { TextField } from '@/shared/components/text-field'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/messages/components/messages.scss'
import '@/features/staff/components/staff.scss'

const FIELDS = ['category', 'title', 'content', 'phone', 'subDistrict', 'public', 'residentName', 'residentPhone'] as const

/** 代客留言: staff write for a resident at the desk or on the phone; it joins the queue like any other message. */
export default function AssistedFilingPage() {
  const s = useStrings(strings)
  return (
    <Page title={s.assistedTitle} className="staff-page">
      <StaffGate roles={BOARD_ROLES}>{() => <AssistedForm />}</StaffGate>
    </Page>
  )
}

function AssistedForm() {
  const s = useStrings(strings)
  const compose = useCompose(fileForResident, FIELDS)
  const { errors, sending } = compose
  const [resident, setResident] = useState({ name: '', phone: '' })
  const [nameProblem, setNameProblem] = useState<string>()

  const submit = () => {
    const name = resident.name.trim()
    setNameProblem(name ? undefined : s.fillResidentName)
    if (compose.check() && name) {
      void sending.submit({
        ...toSubmit(compose.draft),
        residentName: name,
        ...(resident.phone.trim() ? { residentPhone: resident.phone.trim() } : {}),
      })
    }
  }

  if (sending.status === 'sent') {
    return (
      <ReceiptView receipt={sending.receipt} title={s.assistedDone}>
        <ActionButton onClick={() => void Taro.navigateTo({ url: ROUTES.staffMessage(sending.receipt.id) })}>{s.viewMessage}</ActionButton>
        <ActionButton variant="secondary" onClick={() => void Taro.navigateTo({ url: ROUTES.staffQueue })}>
          {s.toQueue}
        </ActionButton>
        <ActionButton
          variant="secondary"
          onClick={() => {
            setResident({ name: '', phone: '' })
            compose.startNew()
          }}
        >
          {s.writeAnother}
        </ActionButton>
      </ReceiptView>
    )
  }

  const problem = sending.error && <SubmitProblem error={sending.error} hasFieldErrors={compose.hasFieldErrors} keyUsed={sending.keyUsed} />

  return (
    <>
      <PageIntro>{s.assistedIntro}</PageIntro>
      <ComposeForm
        {...compose.form}
        onSubmit={submit}
        problem={problem}
        before={
          <>
            <TextField
              id="resident-name"
              label={s.residentNameLabel}
              required
              value={resident.name}
              onChange={(name) => setResident((r) => ({ ...r, name }))}
              maxLength={20}
              error={nameProblem ?? errors.residentName}
            />
            <TextField
              id="resident-phone"
              label={s.residentPhoneLabel}
              value={resident.phone}
              onChange={(phone) => setResident((r) => ({ ...r, phone }))}
              maxLength={20}
              error={errors.residentPhone}
            />
          </>
        }
      />
    </>
  )
}
