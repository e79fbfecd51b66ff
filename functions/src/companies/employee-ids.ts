import { createHmac } from 'node:crypto'
import { readSecureParameter } from '../core/aws/secure-parameter'

/**
 * An employee's id in URLs and keys: an HMAC of the company and the ID number under a secret key (SSM,
 * EMPLOYEE_ID_KEY_PARAM). Stable per company and person, so a repeat is a 409, never a duplicate; and unlike a plain
 * hash it cannot be reversed by trying the few million plausible ID numbers of a district.
 */
export class EmployeeIds {
  constructor(private readonly key: () => Promise<string>) {}

  async of(companyId: string, idNumber: string): Promise<string> {
    return employeeIdWith(await this.key(), companyId, idNumber)
  }
}

export function employeeIdWith(key: string, companyId: string, idNumber: string): string {
  return createHmac('sha256', key).update(`${companyId}:${idNumber}`).digest('hex').slice(0, 24)
}

/** The key from the function's SSM parameter, through the parameter cache. */
export const employeeIdsFromSsm = (parameter = process.env.EMPLOYEE_ID_KEY_PARAM) =>
  new EmployeeIds(() => {
    if (!parameter) return Promise.reject(new Error('EMPLOYEE_ID_KEY_PARAM is not set'))
    return readSecureParameter(parameter)
  })
