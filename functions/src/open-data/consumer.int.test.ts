/**
 * The open-data consumer (scripts/open-data/consumer.mjs: plain fetch, nothing of this repository) against the
 * running API: what it rebuilds from HSDS and Open311 alone must be what the catalog and the board hold.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { promisify } from 'node:util'
import { ServiceProject, shanghaiDate, Station, weekdayOfDate } from '@doorstep/shared'
import * as v from 'valibot'
import { describe, expect, inject, it } from 'vitest'
import { bearer, call, signInUser } from '../../test/http'
import { actAsAdmin, submitMessage } from '../../test/messages'

const run = promisify(execFile)
const CONSUMER = new URL('../../../scripts/open-data/consumer.mjs', import.meta.url).pathname
const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../../data/seed/${name}`, import.meta.url), 'utf8')) as unknown

async function consume(...args: string[]) {
  const { stdout } = await run(process.execPath, [CONSUMER, inject('apiUrl'), ...args, '--json'], { timeout: 60_000 })
  return JSON.parse(stdout)
}

describe('the open-data consumer', () => {
  it("rebuilds every station with its services and today's hours from HSDS alone", async () => {
    const stations = v.parse(v.array(Station), seed('stations.json'))
    const services = new Map(v.parse(v.array(ServiceProject), seed('services.json')).map((s) => [s.id, s.name]))
    const result = (await consume()) as { date: string; stations: { name: string; today: string[]; services: string[] }[] }
    expect(result.date).toBe(shanghaiDate(new Date()))
    expect(result.stations).toHaveLength(stations.length)
    const day = weekdayOfDate(result.date)
    for (const station of stations) {
      const rebuilt = result.stations.find((s) => s.name === station.name)
      expect(rebuilt, station.name).toBeDefined()
      expect(rebuilt!.today).toEqual(station.hours[day].map(([opens, closes]) => `${opens}–${closes}`).sort())
      expect(rebuilt!.services.sort()).toEqual(station.serviceIds.map((id) => services.get(id)).sort())
    }
  })

  it("rebuilds one public message's history from Open311 alone", async () => {
    const { token } = await signInUser(`consumer-${randomUUID().slice(0, 8)}`)
    const id = await submitMessage(token, { title: '开放数据消费者', content: '想问失业登记在哪里办理，需要带什么？' })
    expect((await actAsAdmin(id, { action: 'reply', answer: '带身份证到就近服务站办理失业登记。' })).status).toBe(200)
    const mine = await call('GET', `/v1/messages/${id}`, { headers: bearer(token) })
    const history = await consume('--request', mine.body.trackingNo)
    expect(history).toMatchObject({ id: mine.body.trackingNo, status: 'closed', agency: '姑苏区平江街道办事处' })
    expect(history.steps.map((s: { what: string }) => s.what)).toEqual([
      '提交：社会保障',
      '答复期限',
      '已答复：带身份证到就近服务站办理失业登记。',
    ])
    expect(Date.parse(history.steps[0].at)).toBe(Math.floor(Date.parse(mine.body.submittedAt) / 1000) * 1000)
  })
})
