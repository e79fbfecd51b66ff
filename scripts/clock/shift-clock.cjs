/**
 * Test harness only (never bundled into the product): makes this process believe the wall clock reads
 * `DOORSTEP_CLOCK_OFFSET_MS` later (or earlier) than it does, so the whole suite can run "on" 2026-12-31 23:59,
 * inside 春节 or on 2028-02-29. Time still flows; only `Date` is shifted (timers and `performance` are not).
 * Loaded with `node --require` through NODE_OPTIONS, so every process and worker thread the suite starts (vitest's
 * workers, serverless-offline and its handler threads) shares one offset, computed once by `scripts/test.ts`.
 */
'use strict'

function installShiftedDate(target, offsetMs) {
  const RealDate = target.Date
  if (!offsetMs || RealDate.__doorstepShift !== undefined) return
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offsetMs)
      else super(...args)
    }
    static now() {
      return RealDate.now() + offsetMs
    }
    static [Symbol.hasInstance](value) {
      return value instanceof RealDate
    }
  }
  Object.defineProperty(ShiftedDate, '__doorstepShift', { value: offsetMs })
  // `Date()` called without `new` returns the current time as text, like the real one
  target.Date = new Proxy(ShiftedDate, { apply: () => new ShiftedDate().toString() })
}

/** The offset that makes `now` read as `isoInstant`, e.g. 2027-01-01T00:00:00+08:00. */
function offsetTo(isoInstant, now = Date.now()) {
  const target = Date.parse(isoInstant)
  if (Number.isNaN(target)) throw new Error(`DOORSTEP_TODAY is not a date: ${isoInstant}`)
  return target - now
}

/**
 * A worker thread runs its NODE_OPTIONS preloads only if its own `env` carries them, and serverless-offline gives
 * each handler thread just the Lambda environment. So new workers are handed the two variables that shift them too.
 */
function shiftNewWorkers() {
  const threads = require('node:worker_threads')
  const Original = threads.Worker
  const carried = { NODE_OPTIONS: process.env.NODE_OPTIONS, DOORSTEP_CLOCK_OFFSET_MS: process.env.DOORSTEP_CLOCK_OFFSET_MS }
  threads.Worker = class ShiftedWorker extends Original {
    constructor(filename, options = {}) {
      const env = options.env && typeof options.env === 'object' ? { ...options.env, ...carried } : options.env
      super(filename, { ...options, env })
    }
  }
  require('node:module').syncBuiltinESMExports()
}

const fromEnvironment = Number(process.env.DOORSTEP_CLOCK_OFFSET_MS || 0)
if (fromEnvironment) {
  installShiftedDate(globalThis, fromEnvironment)
  shiftNewWorkers()
}

module.exports = { installShiftedDate, offsetTo }
