import Taro from '@tarojs/taro'
import { useSession } from '@/features/auth/session-context'
import { useSubscriptionConsent } from '@/features/inbox/hooks/use-subscription-consent'
import { submitMessage } from '@/features/messages/api/messages-api'
import { ComposeForm } from '@/features/messages/components/compose-form'
import { ReceiptView } from '@/features/messages/components/receipt-view'
import { SubmitProblem } from '@/features/messages/components/submit-problem'
import { SimilarMessages } from '@/features/messages/components/similar-messages'
import { toSubmit } from '@/features/messages/draft'
import { useCompose } from '@/features/messages/hooks/use-compose'
import { useSimilar } from '@/features/messages/hooks/use-similar'
import { strings } from '@/features/messages/strings'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/messages/components/messages.scss'

const FIELDS = ['category', 'title', 'content', 'phone', 'subDistrict', 'public'] as const

/** 我要留言: similar answered messages while typing, one message per draft however often it is sent. */
export default function ComposeMessagePage() {
  const s = useStrings(strings)
  const session = useSession()
  const signedIn = session?.me.kind === 'user'
  const compose = useCompose(submitMessage, FIELDS)
  const { draft, sending } = compose
  // asked in the same tap as sending: WeChat shows its prompt only inside a tap
  const consent = useSubscriptionConsent('message-status', signedIn)
  const similar = useSimilar(signedIn ? `${draft.title} ${draft.content}` : '', draft.category)
  const open = (url: string) => Taro.navigateTo({ url })

  const submit = () => {
    if (!compose.check()) return
    consent.ask()
    void sending.submit(toSubmit(draft))
  }

  if (!signedIn) {
    return (
      <Page title={s.composeTitle}>
        <EmptyView title={s.signInTitle} message={s.signInHint}>
          <ActionButton onClick={() => open(ROUTES.residentSignIn)}>{s.goSignIn}</ActionButton>
        </EmptyView>
      </Page>
    )
  }

  if (sending.status === 'sent') {
    return (
      <Page title={s.composeTitle}>
        <ReceiptView receipt={sending.receipt} title={s.receivedTitle}>
          <ActionButton onClick={() => void Taro.redirectTo({ url: ROUTES.messageDetail(sending.receipt.id) })}>
            {s.viewMessage}
          </ActionButton>
          <ActionButton variant="secondary" onClick={compose.startNew}>
            {s.writeAnother}
          </ActionButton>
        </ReceiptView>
      </Page>
    )
  }

  const problem = sending.error && (
    <SubmitProblem
      error={sending.error}
      hasFieldErrors={compose.hasFieldErrors}
      keyUsed={sending.keyUsed}
      onOpenMine={() => open(ROUTES.myMessages)}
    />
  )

  return (
    <Page title={s.composeTitle}>
      <ComposeForm {...compose.form} onSubmit={submit} afterContent={<SimilarMessages items={similar} />} problem={problem} />
    </Page>
  )
}
