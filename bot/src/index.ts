/**
 * Entry point: read the configuration (fail fast with a clear message), start the app, and stop it
 * cleanly on SIGINT/SIGTERM.
 */
import { ConfigError, loadConfig } from './config';
import { startApp } from './app';
import { createLogger } from './logger';

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
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Stopping');
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Ledertrainee kunne ikke starte / could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
