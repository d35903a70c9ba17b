import 'reflect-metadata';
import { ConfigError, loadConfig } from './common/config/app-config';
import { handleStrayErrors } from './common/errors/stray-errors';
import { createLogger } from './common/logging/logger';
import { createApp } from './app.factory';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  const logger = createLogger(config);
  handleStrayErrors(logger);
  try {
    const app = await createApp(config, logger);
    await app.listen(config.port, config.host);
  } catch (error) {
    // Among others: a database that stayed unreachable for the whole start-up patience.
    logger.fatal({ err: error }, 'Vitaal could not start');
    process.exit(1);
  }
  logger.info({ port: config.port }, `Vitaal is ready at ${config.appUrl}`);
}

void bootstrap();
