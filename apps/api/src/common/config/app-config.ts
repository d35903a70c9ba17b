import path from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVIRONMENTS = ['development', 'production', 'test'] as const;

/** The environment variables the API reads; README's configuration table lists the same. */
class EnvironmentVariables {
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @Min(1, { message: 'must be between 1 and 65535' })
  @Max(65535, { message: 'must be between 1 and 65535' })
  // Checked first: decorators nearest the property run first.
  @IsInt({ message: 'must be a whole number' })
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @IsOptional()
  @IsIn(ENVIRONMENTS, { message: `must be one of ${ENVIRONMENTS.join(', ')}` })
  NODE_ENV?: (typeof ENVIRONMENTS)[number];

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];

  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional()
  @IsString()
  WEB_DIST?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string;
  environment: (typeof ENVIRONMENTS)[number];
  logLevel: (typeof LOG_LEVELS)[number];
  /** Seed the demo organisation into an empty database. */
  demoData: boolean;
  /** Folder of the built web app; the API serves it when it exists. */
  webDist: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** Reads and checks the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, { ...env });
  const errors = validateSync(vars, { forbidUnknownValues: false, stopAtFirstError: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return {
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '0.0.0.0',
    databaseUrl: vars.DATABASE_URL,
    environment: vars.NODE_ENV ?? 'production',
    logLevel: vars.LOG_LEVEL ?? 'info',
    demoData: vars.DEMO_DATA ?? false,
    webDist: path.resolve(vars.WEB_DIST ?? path.join(__dirname, '../../../../web/dist')),
  };
}
