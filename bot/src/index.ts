/**
 * Entry point: read the configuration (fail fast with a clear message), start the app, and stop it
 * cleanly on SIGINT/SIGTERM: no new connections, requests in flight finish (at most 10 s), exit.
 */
import { ConfigError, loadConfig } from './config';
import { startApp } from './app';
import { AppLogger, createLogger } from './logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  if (config.mode === 'local') {
    logger.warn(
      { host: config.host },
      'LOCAL MODE: bot authentication is off and the server listens on loopback only. Never expose it.',
    );
  }
  const app = await startApp(config, logger);

  let stopping = false;
  const stop = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'Stopping: finishing requests in flight');
    await app.close();
    logger.info({ reason }, 'Stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  guardProcess(logger, (reason) => void stop(reason, 1));
}

/**
 * The last line of defence, for a bug that escaped every handler. A rejected promise nobody awaited
 * leaves the process in a known state: log it and keep serving. An uncaught exception may have
 * left anything half-done, so after logging it the server stops as cleanly as it can (requests in
 * flight still finish) and App Service starts a fresh one.
 */
function guardProcess(logger: AppLogger, stop: (reason: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'Unhandled promise rejection (the server keeps running)');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'Uncaught exception: stopping the server');
    stop('uncaughtException');
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`Ledertrainee kunne ikke starte / could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
