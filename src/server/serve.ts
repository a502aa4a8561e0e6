/**
 * The server process: load the configuration once, open (and migrate) the store, listen, and shut down
 * cleanly on SIGTERM/SIGINT. `npm start` reaches this through scripts/start.ts; tests that need a real
 * process (the crash test) run this file directly.
 */
import { type Config, ConfigError, describeDatabase, loadConfig } from '../config/config.ts';
import { openStore } from '../store/open-store.ts';
import { buildApp } from './app.ts';
import { createLogger } from './logging.ts';

/** The configuration from the environment, or exit 2 with every problem named. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

export async function serve(config: Config = configOrExit()): Promise<void> {
  const logger = createLogger(config.logLevel);
  const store = await openStore(config.database, (error) =>
    logger.error({ err: error }, 'database connection error'),
  );
  const app = await buildApp(config, store, { logger });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.close();
      await store.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.info(
    { url: `http://${host}:${port}/`, database: describeDatabase(config.database) },
    `BackEase is serving on http://${host}:${port}/ (API docs at /api/docs)`,
  );
}

if (import.meta.main) {
  serve().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
