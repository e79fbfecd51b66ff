import { AccountRepository } from '../auth/account-repository'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { SessionRepository } from '../sessions/repository'
import { EnrollmentRepository } from './enrollment-repository'
import { SeatLedger } from './seat-ledger'

/** The repositories every enrollment route shares, built once per Lambda container. */
export const sessionRepository = new SessionRepository(db, tableName('enrollments'))
export const enrollmentRepository = new EnrollmentRepository(db, tableName('enrollments'))
export const seatLedger = new SeatLedger(sessionRepository, enrollmentRepository)
export const accountRepository = new AccountRepository(db, tableName('accounts'))
