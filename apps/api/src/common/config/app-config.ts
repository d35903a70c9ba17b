import { isIP } from 'node:net';
import path from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateBy,
  validateSync,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVIRONMENTS = ['development', 'production', 'test'] as const;

function toBoolean({ value }: { value: unknown }) {
  return value === 'true' ? true : value === 'false' ? false : value;
}

function toWholeNumber({ value }: { value: unknown }) {
  return value === undefined || value === '' ? undefined : Number(value);
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const isProxyAddress = (entry: string) => {
  const [address = '', bits, ...rest] = entry.split('/');
  return (
    PROXY_NAMES.includes(entry) ||
    (isIP(address) !== 0 && rest.length === 0 && (bits === undefined || /^\d{1,3}$/.test(bits)))
  );
};

/** Express's `trust proxy`: no proxy, every proxy, how many hops, or which addresses may set X-Forwarded-For. */
function toTrustProxy({ value }: { value: unknown }) {
  if (value === undefined || value === '' || typeof value !== 'string') return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? entries : value;
}

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
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^/]+$/, {
    message: 'must be an http(s) origin without a path, like https://vitaal.example.nl',
  })
  APP_URL?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  SIGNUP_ENABLED?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  COOKIE_SECURE?: boolean;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  BACKGROUND_JOBS?: boolean;

  @IsOptional()
  @Transform(toTrustProxy)
  // toTrustProxy leaves only what it could not read as a string.
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: (value: unknown) => typeof value !== 'string',
      defaultMessage: () =>
        'must be true, false, the number of proxies in front, or a comma-separated list of addresses or subnets (loopback, 10.0.0.0/8)',
    },
  })
  TRUST_PROXY?: boolean | number | string[];

  @IsOptional()
  @Transform(toWholeNumber)
  @Min(1, { message: 'must be between 1 and 1000000' })
  @Max(1_000_000, { message: 'must be between 1 and 1000000' })
  @IsInt({ message: 'must be a whole number' })
  RATE_LIMIT_WRITES_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toWholeNumber)
  @Min(1, { message: 'must be between 1 and 1000000' })
  @Max(1_000_000, { message: 'must be between 1 and 1000000' })
  @IsInt({ message: 'must be a whole number' })
  RATE_LIMIT_AUTH_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toWholeNumber)
  @Min(1, { message: 'must be between 1 and 1000000' })
  @Max(1_000_000, { message: 'must be between 1 and 1000000' })
  @IsInt({ message: 'must be a whole number' })
  SIGN_IN_FAILURES_PER_ADDRESS?: number;

  @IsOptional()
  @Transform(toWholeNumber)
  @Min(100, { message: 'must be between 100 and 3600000' })
  @Max(3_600_000, { message: 'must be between 100 and 3600000' })
  @IsInt({ message: 'must be a whole number' })
  STATEMENT_TIMEOUT_MS?: number;
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
  /** Public origin of the app, for links in mails. */
  appUrl: string;
  /** Whether anyone may create a new organisation (off for a single-organisation installation). */
  signupEnabled: boolean;
  /** Session cookies only over HTTPS; on by default outside development and tests. */
  cookieSecure: boolean;
  /** Outgoing mail; without it invitations are only shown to the admin. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Scheduled jobs such as the weekly reminder; safe to leave on in every instance. */
  backgroundJobs: boolean;
  /** Which proxies in front may name the client's address (X-Forwarded-For); none by default. */
  trustProxy: boolean | number | string[];
  /** Writes per signed-in person, and sign-in, sign-up and invitation attempts per address, per minute. */
  rateLimits: { writesPerMinute: number; authAttemptsPerMinute: number };
  /**
   * Failed sign-ins from one address, at accounts that never signed in from it, within 15 minutes
   * before that address may only sign in to accounts it is known for.
   */
  signInFailuresPerAddress: number;
  /** How long one statement of a request may run before the database cancels it (the request then answers 503). */
  databaseStatementTimeoutMs: number;
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
    appUrl: vars.APP_URL ?? `http://localhost:${vars.PORT ?? 3000}`,
    signupEnabled: vars.SIGNUP_ENABLED ?? true,
    cookieSecure: vars.COOKIE_SECURE ?? !['development', 'test'].includes(vars.NODE_ENV ?? 'production'),
    smtpUrl: vars.SMTP_URL ?? null,
    mailFrom: vars.MAIL_FROM ?? 'Vitaal <no-reply@localhost>',
    backgroundJobs: vars.BACKGROUND_JOBS ?? vars.NODE_ENV !== 'test',
    trustProxy: vars.TRUST_PROXY ?? false,
    rateLimits: {
      writesPerMinute: vars.RATE_LIMIT_WRITES_PER_MINUTE ?? 120,
      authAttemptsPerMinute: vars.RATE_LIMIT_AUTH_PER_MINUTE ?? 20,
    },
    signInFailuresPerAddress: vars.SIGN_IN_FAILURES_PER_ADDRESS ?? 100,
    databaseStatementTimeoutMs: vars.STATEMENT_TIMEOUT_MS ?? 15_000,
  };
}
