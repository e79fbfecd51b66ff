import { readFileSync } from 'node:fs'

/** The parent of `pid` from /proc (Linux); undefined where there is no /proc or the process is gone. */
function parentOf(pid: number): number | undefined {
  try {
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    return Number.isInteger(ppid) ? ppid : undefined
  } catch {
    return undefined
  }
}

/** This process's ancestors, parent first, up to (not including) init: npm, the shell, the terminal's session. */
export function ancestors(): number[] {
  const chain: number[] = []
  let pid: number | undefined = process.ppid
  while (pid !== undefined && pid > 1 && chain.length < 64) {
    chain.push(pid)
    pid = parentOf(pid)
  }
  return chain
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but is not ours to signal
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Calls `onGone` once when any process that started this one has exited: `npm start` killed with SIGKILL, its
 * terminal closed. An orphan is re-parented and nobody would otherwise tell it; polling once a second is enough.
 */
export function whenAncestorsExit(onGone: (pid: number) => void, everyMs = 1_000): () => void {
  const watched = ancestors()
  const timer = setInterval(() => {
    const gone = watched.find((pid) => !alive(pid))
    if (gone === undefined) return
    clearInterval(timer)
    onGone(gone)
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
