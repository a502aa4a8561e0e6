/**
 * The server process: load the configuration once, open (and migrate) the store, listen, and shut down
 * cleanly on SIGTERM/SIGINT. `npm start` reaches this through scripts/start.ts; tests that need a real
 * process (the crash test) run this file directly.
 */
import type { Logger } from 'pino';
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

interface Closable {
  close(): Promise<unknown>;
}

/**
 * Closes the app (no new requests; in-flight ones finish) and then the store, the store even when the
 * app failed to close, and gives the exit code: 0 when both closed, 1 (with the error logged) when
 * either threw, so a supervisor can tell an unclean shutdown from a clean one.
 */
export async function closeAll(
  app: Closable,
  store: Closable,
  logger: Pick<Logger, 'error'>,
): Promise<0 | 1> {
  let code: 0 | 1 = 0;
  for (const [what, part] of [
    ['server', app],
    ['store', store],
  ] as const) {
    try {
      await part.close();
    } catch (error) {
      logger.error({ err: error }, `closing the ${what} failed`);
      code = 1;
    }
  }
  return code;
}

/**
 * Settings that are valid but dangerous in the wrong place, said at start-up. TRUST_PROXY=true believes
 * X-Forwarded-For and -Proto from anyone: without a proxy in front that overwrites them, any client can
 * choose its own address (and so escape the per-address limits) and claim HTTPS.
 */
export function startupWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.trustProxy === true)
    warnings.push(
      'TRUST_PROXY=true trusts X-Forwarded-For from every client: safe only behind a reverse proxy that overwrites it. Prefer the proxy’s addresses (TRUST_PROXY=10.0.0.5) or a hop count (TRUST_PROXY=1).',
    );
  return warnings;
}

export async function serve(config: Config = configOrExit()): Promise<void> {
  const logger = createLogger(config.logLevel);
  for (const warning of startupWarnings(config)) logger.warn(warning);
  const store = await openStore(config.database, (error) =>
    logger.error({ err: error }, 'database connection error'),
  );
  const app = await buildApp(config, store, { logger });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    process.exit(await closeAll(app, store, logger));
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
    // One line, no stack trace: a StoreOpenError names the file or address and the cause.
    console.error(error instanceof Error ? error.message.split('\n')[0] : error);
    process.exit(1);
  });
}
