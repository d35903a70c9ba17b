import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './common/config/app-config';
import { documentDatabaseOutages } from './common/database/database-outage.openapi';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { createValidationPipe } from './common/errors/validation';
import { noStoreForApi } from './common/http/no-store';
import { refuseMalformedInput } from './common/http/malformed-input';
import { securityHeaders } from './common/http/security-headers';
import { serveWebApp } from './common/http/spa';
import { NestPinoLogger, requestLogger } from './common/logging/logger';
import { documentRateLimits } from './rate-limits/rate-limits.openapi';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT = '100kb';
/** Smaller answers fit in a packet or two anyway; compressing them costs more time than it saves. */
const COMPRESSION_THRESHOLD = 1024;

/** Builds the whole HTTP app; main.ts and the API tests both start it through here. */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // The client's address (rate limits, sign-in throttle) comes from X-Forwarded-For only from trusted proxies.
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.use(noStoreForApi(API_PREFIX));
  // Brotli when the client takes it, else gzip; files the web build compressed already pass through as they are.
  app.use(compression({ threshold: COMPRESSION_THRESHOLD }));
  app.use(cookieParser());
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use('/api', refuseMalformedInput());
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Vitaal API')
      .setDescription('Learning goals, the Vital Week Cycle, learning time and team learning.')
      .setVersion('1')
      .build(),
  );
  documentRateLimits(document);
  documentDatabaseOutages(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  serveWebApp(app.getHttpAdapter().getInstance(), config.webDist);
  return app;
}
