import { ONBOARDING_TEMPLATE } from '@doorstep/shared'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { StationRepository } from '../stations/repository'
import { CaseRepository } from './case-repository'
import { CompanyService } from './company-service'
import { CompanyDashboardFigures } from './dashboard'
import { DeskCases } from './desk-cases'
import { employeeIdsFromSsm } from './employee-ids'
import { EmployeeRepository } from './employee-repository'
import { EmployeeService } from './employee-service'

/** Built once per Lambda container. */
export const cases = new CaseRepository(db, tableName('companies'))
export const employees = new EmployeeRepository(db, tableName('companies'))
export const companyService = new CompanyService(cases, employees, new StationRepository(db, tableName('catalog')), ONBOARDING_TEMPLATE)
export const employeeIds = employeeIdsFromSsm()
export const employeeService = new EmployeeService(cases, employees, employeeIds)
export const deskCases = new DeskCases(cases, ONBOARDING_TEMPLATE)
export const dashboardFigures = new CompanyDashboardFigures(cases)
