import { Text, View } from '@tarojs/components'
import type { EmployeeListItem } from '@doorstep/shared'
import { useState } from 'react'
import { useSession } from '@/features/auth/session-context'
import { fetchCompany } from '@/features/companies/api/companies-api'
import { EmployeeCard } from '@/features/companies/components/employee-card'
import { EmployeeForm } from '@/features/companies/components/employee-form'
import { EmployeeImport } from '@/features/companies/components/employee-import'
import { RosterExport } from '@/features/companies/components/roster-export'
import { SignInPrompt } from '@/features/companies/components/sign-in-prompt'
import { employeeFieldsOf } from '@/features/companies/employee-form-rules'
import { useEmployeeImport } from '@/features/companies/hooks/use-employee-import'
import { useEmployees } from '@/features/companies/hooks/use-employees'
import { strings } from '@/features/companies/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { ActionProblem } from '@/shared/components/action-message'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { PageIntro } from '@/shared/components/page-intro'
import { useResource } from '@/shared/hooks/use-resource'
import { useConfirm } from '@/shared/confirm/use-confirm'
import { useStrings } from '@/shared/i18n'
import '@/features/companies/components/companies.scss'
import { usePageParams } from '@/shared/navigation/use-page-params'

/** 员工名册: the company's roster — add, edit, remove, import a CSV, export CSV or Excel. */
export default function EmployeesPage() {
  const t = useStrings(strings)
  const params = usePageParams()
  const id = params.id ?? ''
  const session = useSession()
  if (!session) {
    return (
      <Page title={t.employeesTitle}>
        <SignInPrompt who="company" />
      </Page>
    )
  }
  return <Roster id={id} authorization={`Bearer ${session.token}`} />
}

function Roster({ id, authorization }: { id: string; authorization: string }) {
  const t = useStrings(strings)
  const client = useHttpClient()
  const company = useResource(id ? () => fetchCompany(client, id) : undefined, [client, id])
  const employees = useEmployees(id)
  const importer = useEmployeeImport(id, employees.list.reload)
  const [form, setForm] = useState<'add' | EmployeeListItem>()
  const confirm = useConfirm()
  const list = employees.list
  const failureFor = (key: string) => (employees.failure?.key === key ? employees.failure.error : undefined)

  const remove = async (employee: EmployeeListItem) => {
    const yes = await confirm.ask({
      title: t.removeTitle,
      question: t.removeQuestion(employee.name),
      confirmText: t.remove,
      cancelText: t.keep,
    })
    if (yes) await employees.remove(employee.id)
  }

  if (!id || (company.status === 'error' && company.error.isNotFound)) {
    return (
      <Page title={t.employeesTitle}>
        <ErrorView title={t.caseNotFound} message={t.caseNotFoundHelp} />
      </Page>
    )
  }
  return (
    <Page title={t.employeesTitle}>
      {company.status === 'ready' && <PageIntro>{t.employeesOf(company.data.name)}</PageIntro>}
      {company.status === 'error' && <ErrorView title={t.caseFailed} error={company.error} onRetry={company.reload} />}

      <View className="case-section" role="region" aria-label={t.rosterTitle}>
        <Heading level={2}>{t.rosterTitle}</Heading>
        <Text className="case-section__line">{t.rosterPrivacy}</Text>
        {list.status === 'loading' && <LoadingView message={t.rosterLoading} />}
        {list.status === 'error' && <ErrorView title={t.rosterFailed} error={list.error} onRetry={list.reload} />}
        {list.status === 'ready' && list.data.items.length === 0 && <EmptyView title={t.rosterEmpty} message={t.rosterEmptyHelp} />}
        {list.status === 'ready' && list.data.items.length > 0 && (
          <View role="list" aria-label={t.rosterListLabel(list.data.items.length)}>
            {list.data.items.map((employee) => (
              <View role="listitem" key={employee.id}>
                {typeof form === 'object' && form.id === employee.id ? (
                  <EmployeeForm
                    mode="edit"
                    employee={employee}
                    busy={employees.busy === employee.id}
                    serverErrors={employeeFieldsOf(failureFor(employee.id)?.fieldErrors ?? [])}
                    onSubmit={async (edit) => {
                      const saved = await employees.edit(employee.id, edit)
                      if (saved) setForm(undefined)
                      return saved
                    }}
                    onCancel={() => setForm(undefined)}
                  />
                ) : (
                  <EmployeeCard
                    employee={employee}
                    busy={employees.busy === employee.id}
                    onEdit={setForm}
                    onRemove={(e) => void remove(e)}
                  />
                )}
                {failureFor(employee.id) && !(typeof form === 'object' && form.id === employee.id) && (
                  <ActionProblem error={failureFor(employee.id)!} />
                )}
              </View>
            ))}
          </View>
        )}
        {form === 'add' ? (
          <EmployeeForm
            mode="add"
            busy={employees.busy === 'new'}
            serverErrors={employeeFieldsOf(failureFor('new')?.fieldErrors ?? [])}
            onSubmit={employees.add}
            onCancel={() => {
              setForm(undefined)
              employees.clearFailure()
            }}
          />
        ) : (
          <ActionButton onClick={() => setForm('add')}>{t.addEmployee}</ActionButton>
        )}
        {form === 'add' && failureFor('new') && failureFor('new')!.fieldErrors.length === 0 && <ActionProblem error={failureFor('new')!} />}
      </View>

      <EmployeeImport state={importer.state} onSend={(csv, mode) => void importer.send(csv, mode)} onReset={importer.reset} />
      {company.status === 'ready' && <RosterExport companyId={id} creditCode={company.data.creditCode} authorization={authorization} />}
      {confirm.dialog}
    </Page>
  )
}
