import { readFileSync } from 'node:fs'
import type { Station } from '@doorstep/shared'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser'

const stations: Station[] = JSON.parse(readFileSync(new URL('../data/seed/stations.json', import.meta.url), 'utf8'))
const browser = useBrowser()

describe('stations slice in the H5 app', () => {
  it('goes from home to the stations list and shows seeded stations', async () => {
    const page = await browser.open('/')
    await page.getByText('点位一图览').first().click()
    const firstPage = await (await fetch(`${inject('apiUrl')}/v1/stations`)).json()
    const firstStation = firstPage.items[0] as Station
    expect(stations.map((s) => s.id)).toContain(firstStation.id)
    await expect.poll(() => page.getByText(firstStation.name, { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0)
    for (const station of firstPage.items as Station[]) {
      expect(await page.getByText(station.name, { exact: true }).count(), station.name).toBeGreaterThan(0)
    }
    expect(page.problems).toEqual([])
  })

  it('filters by sub-district and opens a station', async () => {
    const page = await browser.open('/')
    await page.getByText('点位一图览').first().click()
    await page.getByRole('button', { name: '虎丘街道' }).click()
    const huqiu = stations.filter((s) => s.subDistrict === 'huqiu')
    await expect.poll(() => page.getByText(huqiu[0]!.name, { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0)
    const otherStreet = stations.find((s) => s.subDistrict === 'pingjiang' && s.kind === 'community-station')!
    expect(await page.getByText(otherStreet.name, { exact: true }).count()).toBe(0)

    await page.getByText(huqiu[0]!.name, { exact: true }).first().click()
    await expect.poll(() => page.getByText(huqiu[0]!.address).count(), { timeout: 15_000 }).toBeGreaterThan(0)
    await expect.poll(() => page.getByText('周一').count()).toBeGreaterThan(0)
  })

  it('到这里去 opens a walking route to the station on Amap in a new tab', async () => {
    const station = stations.find((s) => s.id === 'st-district-hall')!
    const page = await browser.open(`/packages/stations/pages/detail/index?id=${station.id}`)
    // no internet here: Amap's page is answered locally, the address it was opened with is what counts
    await page.context().route('https://uri.amap.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'amap' }))
    const popup = page.waitForEvent('popup')
    await page.getByRole('button', { name: `到这里去：在地图上导航到${station.name}` }).click({ timeout: 20_000 })
    const route = new URL((await popup).url())
    expect(`${route.origin}${route.pathname}`).toBe('https://uri.amap.com/navigation')
    expect(route.searchParams.get('to')).toBe(`${station.location.lng},${station.location.lat},${station.name}`)
    expect(page.problems).toEqual([])
  })
})
