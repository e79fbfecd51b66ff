import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { BlockedSignInNotice } from '@/features/auth/components/blocked-sign-in-notice'
import { scopeLabel } from '@/features/auth/format'
import { useSessionStore } from '@/features/auth/session-context'
import { CalendarNotice } from '@/features/calendar/components/calendar-notice'
import { BOARD_ROLES, StaffGate } from '@/features/staff/components/staff-gate'
import { strings } from '@/features/staff/strings'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { ListItem } from '@/shared/components/list-item'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/staff/components/staff.scss'

/** 工作台: where staff start — the message board for answerers, the company desk for desks, both for admins. */
export default function StaffHomePage() {
  const t = useStrings(strings)
  const store = useSessionStore()
  const open = (url: string) => Taro.navigateTo({ url })
  return (
    <Page title={t.homeTitle} className="staff-page">
      <StaffGate>
        {(me) => (
          <>
            <PageIntro>{t.signedInAs(me.displayName, scopeLabel(me.scope))}</PageIntro>
            <BlockedSignInNotice blocked={me.lastBlockedSignIn} onChangePassword={() => open(ROUTES.staffPassword)} />
            <CalendarNotice canLoad={me.role === 'admin'} />
            {BOARD_ROLES.includes(me.role) && (
              <View className="staff-console__group" role="region" aria-label={t.messagesGroup}>
                <Heading level={2}>{t.messagesGroup}</Heading>
                <View role="list">
                  <ListItem title={t.queue} detail={t.queueDetail} onOpen={() => open(ROUTES.staffQueue)} />
                  <ListItem title={t.assisted} detail={t.assistedDetail} onOpen={() => open(ROUTES.staffAssisted)} />
                  <ListItem title={t.dashboard} detail={t.dashboardDetail} onOpen={() => open(ROUTES.staffDashboard)} />
                  <ListItem title={t.demands} detail={t.demandsDetail} onOpen={() => open(ROUTES.staffDemands)} />
                  <ListItem title={t.referrals} detail={t.referralsDetail} onOpen={() => open(ROUTES.staffReferrals)} />
                </View>
              </View>
            )}
            {(me.role === 'desk' || me.role === 'admin') && (
              <View className="staff-console__group" role="region" aria-label={t.companiesGroup}>
                <Heading level={2}>{t.companiesGroup}</Heading>
                <View role="list">
                  <ListItem title={t.desk} detail={t.deskDetail} onOpen={() => open(ROUTES.deskCases)} />
                  {me.role === 'desk' && (
                    <>
                      <ListItem title={t.stewardships} detail={t.stewardshipsDetail} onOpen={() => open(ROUTES.staffStewardships)} />
                      <ListItem title={t.referrals} detail={t.referralsDetail} onOpen={() => open(ROUTES.staffReferrals)} />
                    </>
                  )}
                  <ListItem title={t.field} detail={t.fieldDetail} onOpen={() => open(ROUTES.staffField)} />
                </View>
              </View>
            )}
            {me.role === 'grid' && (
              <View className="staff-console__group" role="region" aria-label={t.fieldGroup}>
                <Heading level={2}>{t.fieldGroup}</Heading>
                <View role="list">
                  <ListItem title={t.field} detail={t.fieldDetail} onOpen={() => open(ROUTES.staffField)} />
                  <ListItem title={t.stewardships} detail={t.stewardshipsDetail} onOpen={() => open(ROUTES.staffStewardships)} />
                </View>
              </View>
            )}
            {me.role === 'admin' && (
              <View className="staff-console__group" role="region" aria-label={t.districtGroup}>
                <Heading level={2}>{t.districtGroup}</Heading>
                <View role="list">
                  <ListItem title={t.calendar} detail={t.calendarDetail} onOpen={() => open(ROUTES.staffCalendar)} />
                  <ListItem title={t.accounts} detail={t.accountsDetail} onOpen={() => open(ROUTES.staffAccounts)} />
                </View>
              </View>
            )}
            <View className="staff-console__group" role="region" aria-label={t.myAccountGroup}>
              <Heading level={2}>{t.myAccountGroup}</Heading>
              <View role="list">
                <ListItem title={t.changePassword} detail={t.changePasswordDetail} onOpen={() => open(ROUTES.staffPassword)} />
              </View>
            </View>
            <ActionButton variant="secondary" onClick={store.clear}>
              {t.signOut}
            </ActionButton>
          </>
        )}
      </StaffGate>
    </Page>
  )
}
