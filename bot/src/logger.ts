import pino from 'pino';
import { Config } from './config';

export type AppLogger = pino.Logger;

/** JSON lines on stdout (App Service and Azure Monitor read them as they are). */
export function createLogger(config: Pick<Config, 'logLevel' | 'mode'>): AppLogger {
  return pino({
    level: config.logLevel,
    base: { service: 'ledertrainee', mode: config.mode },
    redact: { paths: ['*.appPassword', '*.connectionString', 'req.headers.authorization'], remove: true },
  });
}
