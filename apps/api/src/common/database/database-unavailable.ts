/**
 * SQLSTATEs after which the same request may well succeed a moment later: the server is
 * restarting, full, or gave up on the statement. Nothing was committed.
 */
const PASSING_STATES = [
  /^08/, // connection exception: the connection failed or was never made
  /^28/, // invalid authorisation: a server that was just replaced or reconfigured
  /^53/, // insufficient resources: too many connections, out of memory, disk full
  /^57P0\d$/, // operator intervention: shut down, terminated, starting up, database dropped
  /^57014$/, // statement cancelled, by statement_timeout among others
  /^55P03$/, // a lock could not be had in time
  /^25P03$/, // idle in a transaction for too long
  /^3D000$/, // the database does not exist (yet)
  /^40001$|^40P01$/, // serialisation failure or deadlock: rolled back, and worth trying again
];

/** The operating system's words for a connection that failed or broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** What pg, pg-pool and TypeORM throw when a connection is gone or cannot be had in time. */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /is not queryable$/,
  /^Driver not Connected$/,
  /^Cannot use a pool after calling end on the pool$/,
];
/** TypeORM's words for a transaction whose connection it already gave up after a failure. */
const DRIVER_ERROR_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function failsForNow(error: ErrorLike): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message : '';
  return (
    (code.length === 5 && PASSING_STATES.some((state) => state.test(code))) ||
    NETWORK_CODES.has(code) ||
    DRIVER_MESSAGES.some((pattern) => pattern.test(message)) ||
    DRIVER_ERROR_NAMES.has(String(error.name))
  );
}

/**
 * Whether an error means that the database cannot serve right now (unreachable, restarting,
 * overloaded, too slow) rather than that the request or the code is wrong. TypeORM wraps the
 * driver's error in `driverError`; Node wraps a failed connection to several addresses in
 * `errors`; a library may put the reason in `cause`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const candidate = error as ErrorLike;
  if (failsForNow(candidate)) return true;
  const inner = [candidate.driverError, candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return inner.some((next) => isDatabaseUnavailable(next, depth + 1));
}
