import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The level: `LOG_LEVEL` when set; otherwise `info`, except under Jest, where server logs would bury the
 * test report (set LOG_LEVEL to see them there too).
 */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LOG_LEVEL) return env.LOG_LEVEL;
  return env.JEST_WORKER_ID ? 'silent' : 'info';
}

/** A JSON-lines logger on stdout. */
export function createLogger(env: NodeJS.ProcessEnv = process.env, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: logLevelFromEnv(env),
    base: { service: 'ics-needs-graph', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.errWithCause },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process's logger: the server, its routes and its plugins all write through it (the CLI prints for people). */
export const logger: Logger = createLogger();
