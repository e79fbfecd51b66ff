import { readFileSync } from 'node:fs'
import type { Station } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { useBrowser } from './browser'

const stations: Station[] = JSON.parse(readFileSync(new URL('../data/seed/stations.json', import.meta.url), 'utf8'))
const browser = useBrowser()

describe('stations slice in the H5 app', () => {
  it('goes from home to the stations list and shows seeded stations', async () => {
    const page = await browser.open('/')
    await page.getByText('点位一图览').first().click()
    const firstStation = stations[0]!
    await expect.poll(() => page.getByText(firstStation.name, { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0)
    const cards = await page.locator('[data-testid="station-card"]').count()
    expect(cards).toBeGreaterThanOrEqual(10)
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
})
