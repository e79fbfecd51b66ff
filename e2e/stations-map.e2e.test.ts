import { readFileSync } from 'node:fs'
import { distanceMetres, HolidayCalendar, isOpenAt, type Station } from '@doorstep/shared'
import { describe, expect, inject, it } from 'vitest'
import { wgs84ToGcj02 } from '../miniapp/src/features/stations/location/gcj02'
import { useBrowser } from './browser'

const stations: Station[] = JSON.parse(readFileSync(new URL('../data/seed/stations.json', import.meta.url), 'utf8'))
const browser = useBrowser()

describe('点位一图览 in the H5 app', () => {
  it('opens the map with every station, switches to the list, and opens a station that says whether it is open now', async () => {
    const page = await browser.open('/')
    await page.getByText('点位一图览').first().click()

    const markers = page.locator('.station-map__marker')
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBe(stations.length)
    expect(await page.locator('.station-map__outline').count()).toBeGreaterThan(0)

    await page.getByRole('button', { name: '列表' }).click()
    expect(await page.getByRole('region', { name: '服务站点地图' }).count()).toBe(0)
    const list = page.getByRole('list', { name: '服务站点列表' })
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 15_000 }).toBe(20)

    const firstName = (await list.locator('.station-card__name').first().textContent())!
    const station = stations.find((s) => s.name === firstName)!
    await list.getByText(firstName, { exact: true }).click()

    const status = page.locator('.open-status')
    await expect.poll(() => status.count(), { timeout: 15_000 }).toBe(1)
    const calendar = HolidayCalendar.of((await (await fetch(`${inject('apiUrl')}/v1/calendar`)).json()).years)
    const openNow = isOpenAt(station.hours, new Date(), calendar)
    expect(await status.locator('.open-badge').textContent()).toBe(openNow ? '营业中' : '已休息')
    expect(await page.getByText('到这里去（导航）').count()).toBe(1)
    expect(page.problems).toEqual([])
  })

  it('opens a station from a marker’s callout', async () => {
    const page = await browser.open('/packages/stations/pages/map/index')
    const marker = page.locator('.station-map__marker').first()
    await expect.poll(() => marker.count(), { timeout: 15_000 }).toBe(1)
    // a target a finger can hit (they were 14 px dots)
    const box = (await marker.boundingBox())!
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(22)
    // on the marker itself: at the district's zoom, neighbours and street names overlap its centre
    await marker.dispatchEvent('click')
    const callout = page.locator('.station-map__callout')
    await expect.poll(() => callout.count()).toBe(1)
    const name = (await callout.locator('strong').textContent())!
    await callout.getByRole('button', { name: '查看详情' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe(name)
  })

  it('lists the nearest station first when the browser shares its position', async () => {
    const here = { latitude: 31.3045, longitude: 120.6085 } // WGS-84, as a phone's GPS reports it
    const page = await browser.open('/packages/stations/pages/map/index', { geolocation: here, permissions: ['geolocation'] })

    await expect.poll(() => page.getByText('已按离您由近到远排列').count(), { timeout: 15_000 }).toBe(1)
    const asked = wgs84ToGcj02({ lat: here.latitude, lng: here.longitude })
    const nearest = [...stations].sort((a, b) => distanceMetres(asked, a.location) - distanceMetres(asked, b.location))[0]!
    const firstCard = page.getByRole('list', { name: '服务站点列表' }).locator('.station-card__name').first()
    await expect.poll(() => firstCard.textContent(), { timeout: 15_000 }).toBe(nearest.name)
    // and the map says where the person is
    await expect.poll(() => page.locator('.station-map__here-label').textContent(), { timeout: 15_000 }).toBe('您在这里')
    expect(await page.locator('.station-map__here').count()).toBe(1)
    expect(page.problems).toEqual([])
  })
})
