import { maskPersonalText } from '@doorstep/shared'

/**
 * Structured JSON logs, one object per line, so CloudWatch Logs Insights can query them.
 * Personal data must never be logged: callers log route templates, ids and outcomes, never paths, queries or
 * bodies; and every line goes through the one masking function the app shows text with (phones with spaces or
 * dashes, ID numbers glued to letters, any long digit run), the last line of defence, not the first.
 */
type Level = 'debug' | 'info' | 'warn' | 'error'
type Fields = Record<string, unknown>

export const maskPersonalData = maskPersonalText

export interface Logger {
  debug(msg: string, fields?: Fields): void
  info(msg: string, fields?: Fields): void
  warn(msg: string, fields?: Fields): void
  error(msg: string, fields?: Fields): void
  child(fields: Fields): Logger
}

const LEVELS: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }

export function createLogger(
  base: Fields = {},
  write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
  level = process.env.LOG_LEVEL,
): Logger {
  const threshold = LEVELS[(level as Level | 'silent' | undefined) ?? 'info'] ?? LEVELS.info
  const emit = (level: Level, msg: string, fields?: Fields) => {
    if (LEVELS[level] < threshold) return
    const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...base, ...fields }, errorReplacer)
    write(maskPersonalData(line))
  }
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger({ ...base, ...fields }, write, level),
  }
}

function errorReplacer(_key: string, value: unknown) {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack }
  return value
}

export const logger = createLogger({ service: 'doorstep' })
