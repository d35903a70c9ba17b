import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Organization } from '../src/organizations/organization.entity';
import { DatabaseStartup } from '../src/database/database-startup';
import { DEMO_ORGANIZATION_NAME } from '../src/database/seed/demo-seed';
import { startTestApp } from './support/test-app';

describe('start-up', () => {
  it('seeds the demo organisation into an empty database, and never again', async () => {
    const first = await startTestApp({ demoData: true });
    try {
      const orgs = await first.dataSource.getRepository(Organization).find();
      expect(orgs.map((o) => o.name)).toEqual([DEMO_ORGANIZATION_NAME]);
      const [people, teams, statuses, weeks] = await Promise.all([
        first.dataSource.query(`SELECT count(*)::int AS n FROM app_user`),
        first.dataSource.query(`SELECT count(*)::int AS n FROM team`),
        first.dataSource.query(`SELECT array_agg(DISTINCT status ORDER BY status) AS s FROM learning_goal`),
        first.dataSource.query(
          `SELECT count(*) FILTER (WHERE status = 'submitted')::int AS submitted, count(*)::int AS n FROM vital_week`,
        ),
      ]);
      expect(people[0].n).toBeGreaterThanOrEqual(38);
      expect(teams[0].n).toBe(4);
      expect(statuses[0].s).toEqual(['achieved', 'active', 'draft', 'dropped', 'paused']);
      // The demo keeps the rule it shows: a goal with milestones is as far as the share of them done.
      const offRule = await first.dataSource.query(
        `SELECT g.id FROM learning_goal g JOIN goal_milestone m ON m.organization_id = g.organization_id AND m.goal_id = g.id
          GROUP BY g.organization_id, g.id HAVING g.progress <> round(100.0 * count(*) FILTER (WHERE m.done) / count(*))`,
      );
      expect(offRule).toEqual([]);
      // Twelve weeks for everyone, with some missing: every page has something to show.
      expect(weeks[0].n).toBeGreaterThan(250);
      expect(weeks[0].n).toBeLessThan(12 * people[0].n);
      expect(weeks[0].submitted).toBeGreaterThan(200);
      const requests = await first.dataSource.query(
        `SELECT array_agg(DISTINCT status ORDER BY status) AS s FROM learning_time_request`,
      );
      expect(requests[0].s).toEqual(['approved', 'pending', 'rejected']);
      const teamLearning = await first.dataSource.query(
        `SELECT count(DISTINCT s.team_id)::int AS teams_with_sessions, (SELECT count(DISTINCT team_id)::int FROM shared_learning) AS teams_with_posts FROM team_session s`,
      );
      expect(teamLearning[0]).toEqual({ teams_with_sessions: 4, teams_with_posts: 4 });
      // What a restart on the same database runs again: migrations and the seed check.
      await first.app.get(DatabaseStartup).onModuleInit();
      expect(await first.dataSource.getRepository(Organization).count()).toBe(1);
    } finally {
      await first.close();
    }
  });

  it('seeds nothing unless demo data is asked for', async () => {
    const t = await startTestApp({ demoData: false });
    try {
      expect(await t.dataSource.getRepository(Organization).count()).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('web app', () => {
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'vitaal-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Vitaal</title>');
  writeFileSync(path.join(webDist, 'assets', 'app-1234.js'), 'console.log(1)');

  it('serves the SPA for client routes, hashed assets for a year, and leaves /api to the API', async () => {
    const t = await startTestApp({ webDist });
    try {
      const page = await t.http().get('/goals/123').expect(200);
      expect(page.text).toContain('<title>Vitaal</title>');
      expect(page.headers['content-security-policy']).toContain("script-src 'self';");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['cache-control']).toBe('no-cache');
      const asset = await t.http().get('/assets/app-1234.js').expect(200);
      expect(asset.headers['cache-control']).toContain('immutable');
      await t.http().get('/assets/missing.js').expect(404);
      const api = await t.http().get('/api/v1/unknown').expect(404);
      expect(api.headers['content-type']).toMatch(/problem\+json/);
    } finally {
      await t.close();
    }
  });
});
