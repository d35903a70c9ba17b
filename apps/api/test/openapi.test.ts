import { startTestApp, type TestApp } from './support/test-app';

type Schema = { $ref?: string; type?: string; items?: Schema; properties?: Record<string, Schema> };
interface Doc {
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, Schema> };
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    t = await startTestApp();
    doc = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('documents a success answer and the error answers of every route', () => {
    const gaps: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const statuses = Object.keys(operation.responses);
        if (!statuses.some((s) => s.startsWith('2'))) gaps.push(`${method} ${path}: no success answer`);
        // A body, or an id in the path that must be a UUID, can be wrong.
        const hasInput = operation.requestBody !== undefined || /\{(id|userId|milestoneId|week)\}/.test(path);
        if (hasInput && !statuses.includes('400')) gaps.push(`${method} ${path}: no 400`);
        if (path.includes('{') && !statuses.includes('404') && !path.includes('{week}'))
          gaps.push(`${method} ${path}: no 404`);
        if (path !== '/api/v1/health' && !statuses.includes('503')) gaps.push(`${method} ${path}: no 503`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('describes paginated lists with their item type', () => {
    expect(doc.components.schemas.UserPage?.properties?.items).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/UserResponse' },
    });
    expect(doc.components.schemas.AuditEventPage?.properties?.items).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/AuditEventResponse' },
    });
  });
});
