import { ConfigError, loadConfig } from '../common/config/app-config';

describe('rate limit and proxy settings', () => {
  const valid = { DATABASE_URL: 'postgres://u@localhost:5432/vitaal' };

  it('limits writes and sign-in attempts by default, and trusts no proxy', () => {
    expect(loadConfig(valid)).toMatchObject({
      rateLimits: { writesPerMinute: 120, authAttemptsPerMinute: 20 },
      signInFailuresPerAddress: 100,
      trustProxy: false,
    });
  });

  it('reads the limits and the trusted proxies', () => {
    const config = (env: object) => loadConfig({ ...valid, ...env });
    expect(config({ RATE_LIMIT_WRITES_PER_MINUTE: '600', RATE_LIMIT_AUTH_PER_MINUTE: '5' }).rateLimits).toEqual({
      writesPerMinute: 600,
      authAttemptsPerMinute: 5,
    });
    expect(config({ SIGN_IN_FAILURES_PER_ADDRESS: '500' }).signInFailuresPerAddress).toBe(500);
    expect(config({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(config({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(config({ TRUST_PROXY: 'loopback, 10.0.0.0/8,2001:db8::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '2001:db8::1',
    ]);
  });

  it('refuses limits and proxies it cannot read', () => {
    const attempt = () =>
      loadConfig({
        ...valid,
        RATE_LIMIT_WRITES_PER_MINUTE: '0',
        RATE_LIMIT_AUTH_PER_MINUTE: 'many',
        SIGN_IN_FAILURES_PER_ADDRESS: '0',
        TRUST_PROXY: 'my-proxy',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/RATE_LIMIT_WRITES_PER_MINUTE: must be between 1 and 1000000/);
    expect(attempt).toThrow(/RATE_LIMIT_AUTH_PER_MINUTE: must be a whole number/);
    expect(attempt).toThrow(/SIGN_IN_FAILURES_PER_ADDRESS: must be between 1 and 1000000/);
    expect(attempt).toThrow(/TRUST_PROXY: must be true, false/);
  });
});
