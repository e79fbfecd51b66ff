import { describe, expect, it } from 'vitest'
import { createLogger, redact } from './logger'

describe('logger', () => {
  it('writes one JSON object per line with the bound fields', () => {
    const lines: string[] = []
    createLogger({ service: 'x' }, (l) => lines.push(l), 'info').child({ requestId: 'r1' }).info('request', { status: 200 })
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'request', service: 'x', requestId: 'r1', status: 200 })
  })

  it('masks mobile and ID numbers that slip into a log line', () => {
    const lines: string[] = []
    createLogger({}, (l) => lines.push(l), 'info').warn('oops', { note: '电话13712340969 身份证32050119900101123X' })
    expect(lines[0]).not.toContain('13712340969')
    expect(lines[0]).not.toContain('32050119900101123X')
    expect(lines[0]).toContain('[phone]')
    expect(lines[0]).toContain('[id-number]')
  })

  it('leaves other numbers alone', () => {
    expect(redact('station st-001 has 178 points, tel 0512-65123456')).toBe('station st-001 has 178 points, tel 0512-65123456')
  })
})

it('stays quiet below its level', () => {
  const lines: string[] = []
  createLogger({}, (l) => lines.push(l), 'warn').info('request')
  expect(lines).toEqual([])
})
