import { describe, expect, it } from 'vitest'
import { createLogger, maskPersonalData } from './logger'

describe('logger', () => {
  it('writes one JSON object per line with the bound fields', () => {
    const lines: string[] = []
    createLogger({ service: 'x' }, (l) => lines.push(l), 'info')
      .child({ requestId: 'r1' })
      .info('request', { status: 200 })
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'request', service: 'x', requestId: 'r1', status: 200 })
  })

  it('masks every phone and ID number that slips into a log line, however it is written', () => {
    const lines: string[] = []
    const log = createLogger({}, (l) => lines.push(l), 'info')
    log.warn('oops', { note: '电话13712340969 身份证32050119900101123X' })
    log.warn('path', { ids: { id: 'id320508199603110713' } })
    log.warn('path', { ids: { id: '137-1234-0071' }, also: '137 1234 0072', intl: '+86 137 1234 0073' })
    const written = lines.join('\n')
    for (const personal of [
      '13712340969',
      '32050119900101123X',
      '320508199603110713',
      '137-1234-0071',
      '137 1234 0072',
      '137 1234 0073',
      '12340071',
    ]) {
      expect(written).not.toContain(personal)
    }
    expect(written).toContain('137****0969')
    expect(written).toContain('id3205**********0713')
  })

  it('leaves ids, counts and times alone', () => {
    const line = 'station st-001 has 178 points; msg-9a0c928a-c116-401e-a9f0-27a35e3f1ca0 took 35 ms at 2026-12-06T14:10:09.974Z'
    expect(maskPersonalData(line)).toBe(line)
  })
})

it('stays quiet below its level', () => {
  const lines: string[] = []
  createLogger({}, (l) => lines.push(l), 'warn').info('request')
  expect(lines).toEqual([])
})
