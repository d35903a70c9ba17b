import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const valid = { DATABASE_URL: 'postgres://u@localhost:5432/vitaal' };

  it('fills in defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', environment: 'production', demoData: false });
  });

  it('reads typed values', () => {
    const config = loadConfig({ ...valid, PORT: '8080', DEMO_DATA: 'true', LOG_LEVEL: 'debug' });
    expect(config).toMatchObject({ port: 8080, demoData: true, logLevel: 'debug' });
  });

  it('names every bad variable in one message', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DEMO_DATA: 'yes' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: must be a whole number/);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres:\/\/ connection URL/);
    expect(attempt).toThrow(/DEMO_DATA: must be true or false/);
  });
});
