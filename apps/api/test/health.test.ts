import { startTestApp, type TestApp } from './support/test-app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('says the process is alive', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', version: expect.any(String) });
  });

  it('is ready when the database answers and every migration ran', async () => {
    const res = await t.http().get('/api/v1/health/ready').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok', pendingMigrations: 0 });
  });

  it('is not ready while a migration is pending', async () => {
    await t.dataSource.query(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations)`);
    const res = await t.http().get('/api/v1/health/ready').expect(503);
    expect(res.body).toEqual({ status: 'unavailable', database: 'ok', pendingMigrations: 1 });
  });

  it('publishes an OpenAPI document and the Swagger UI', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/health/ready']));
    const ui = await t.http().get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });
});
