/**
 * Keeps a child process group from outliving whoever started it. serverless-offline runs in a process group of its
 * own (it starts esbuild and worker threads, and a group is the only way to stop them all), which means killing
 * `npm start`'s group, or the start process dying, would leave it listening. This guardian sits in a third group,
 * holding an IPC channel to its starter: when that channel closes — the starter exited, crashed or was killed with
 * SIGKILL — or on SIGTERM/SIGINT, it stops the child's whole group (SIGTERM, then SIGKILL) and exits with it.
 *   node guardian.cjs <command> [args…]     (started with an 'ipc' stdio slot)
 * Plain CommonJS on purpose: it must start in milliseconds and never depend on a loader.
 */
'use strict'
const { spawn } = require('node:child_process')

const [command, ...args] = process.argv.slice(2)
if (!command || typeof process.send !== 'function') {
  console.error('guardian: start me with a command and an IPC channel')
  process.exit(2)
}

const child = spawn(command, args, { stdio: 'inherit', detached: process.platform !== 'win32' })
let stopping = false

function signalGroup(signal) {
  try {
    if (child.pid && process.platform !== 'win32') process.kill(-child.pid, signal)
    else child.kill(signal)
  } catch {
    // the group is gone already
  }
}

function stopAll() {
  if (stopping) return
  stopping = true
  signalGroup('SIGTERM')
  setTimeout(() => signalGroup('SIGKILL'), 4_000).unref()
}

child.on('exit', (code, signal) => {
  // whatever the child left in its group (esbuild's service, a worker) goes with it
  signalGroup('SIGKILL')
  process.exit(code ?? (signal ? 1 : 0))
})
process.on('disconnect', stopAll)
process.on('SIGTERM', stopAll)
process.on('SIGINT', stopAll)
process.on('SIGHUP', stopAll)
// writing to a starter that is gone must not crash the guardian before it has stopped the child
process.stdout.on('error', () => {})
process.stderr.on('error', () => {})
