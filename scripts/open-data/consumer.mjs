#!/usr/bin/env node
/**
 * An open-data consumer as an outsider would write it: plain fetch, nothing of this repository. From the HSDS API
 * alone it rebuilds every station with its services and today's opening hours; from Open311 GeoReport v2 alone, one
 * public message's history.
 *
 *   node scripts/open-data/consumer.mjs http://127.0.0.1:3000                 stations (a table)
 *   node scripts/open-data/consumer.mjs http://127.0.0.1:3000 --request LY-…  one message's history
 *   … --json                                                                  the same as JSON
 */
const [base = 'http://127.0.0.1:3000', ...flags] = process.argv.slice(2)
const asJson = flags.includes('--json')
const requestId = flags.includes('--request') ? flags[flags.indexOf('--request') + 1] : undefined

async function get(path) {
  const response = await fetch(`${base}${path}`, { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`)
  return response.json()
}

/** Every item of an HSDS list, page by page, trusting only the Page fields. */
async function everything(list) {
  const items = []
  for (let page = 1; ; page++) {
    const answer = await get(`/open/hsds/${list}?per_page=200&page=${page}`)
    items.push(...answer.contents)
    if (answer.last_page || answer.empty) return items
  }
}

/** Today in the schedules' own offset (HSDS gives it in hours): the date and the iCal day. */
function today(offsetHours) {
  const local = new Date(Date.now() + offsetHours * 3_600_000)
  return { date: local.toISOString().slice(0, 10), day: ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][local.getUTCDay()] }
}

const clock = (time) => time.slice(0, 5)

async function stations() {
  const [locations, services, links] = await Promise.all([
    everything('locations'),
    everything('services'),
    everything('service_at_locations'),
  ])
  const serviceName = new Map(services.map((service) => [service.id, service.name]))
  const offset = locations.flatMap((l) => l.schedules).find((s) => typeof s.timezone === 'number')?.timezone ?? 0
  const { date, day } = today(offset)
  const rows = locations.map((location) => {
    const hours = location.schedules
      .filter((s) => s.freq === 'WEEKLY' && (s.byday ?? '').split(',').includes(day))
      .filter((s) => (!s.valid_from || s.valid_from <= date) && (!s.valid_to || date <= s.valid_to))
      .map((s) => `${clock(s.opens_at)}–${clock(s.closes_at)}`)
      .sort()
    return {
      name: location.name,
      address: location.addresses[0]?.address_1 ?? '',
      latitude: location.latitude,
      longitude: location.longitude,
      today: hours,
      services: links.filter((link) => link.location_id === location.id).map((link) => serviceName.get(link.service_id) ?? link.service_id),
    }
  })
  return { date, day, stations: rows }
}

async function history(id) {
  const [request] = await get(`/open/georeport/v2/requests/${encodeURIComponent(id)}.json?extensions=true`)
  const steps = [
    { at: request.requested_datetime, what: `提交：${request.service_name}` },
    ...(request.expected_datetime ? [{ at: request.expected_datetime, what: '答复期限' }] : []),
    { at: request.updated_datetime, what: `${request.status === 'closed' ? '已答复' : '处理中'}：${request.status_notes ?? ''}` },
  ]
  return {
    id: request.service_request_id,
    status: request.status,
    agency: request.agency_responsible,
    place: request.address,
    steps,
    extended: request.extended_attributes,
  }
}

const result = requestId ? await history(requestId) : await stations()
if (asJson) {
  console.log(JSON.stringify(result, null, 2))
} else if (requestId) {
  console.log(`${result.id}  ${result.status}  ${result.agency}  ${result.place ?? ''}`)
  for (const step of result.steps) console.log(`  ${step.at}  ${step.what}`)
} else {
  console.log(`${result.stations.length} stations, today ${result.date} (${result.day})`)
  for (const s of result.stations)
    console.log(`${s.name}\t${s.today.join(', ') || '今日不开放'}\t${s.services.length} services: ${s.services.join('、')}`)
}
