import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import request from 'supertest';
import { ProblemDetailsFilter } from '../src/common/errors/problem-details.filter';
import { createValidationPipe } from '../src/common/errors/validation';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/common/config/app-config';
import { requestLogger } from '../src/common/logging/logger';
import pino from 'pino';
import { createTestDatabase } from './support/database';

class MilestoneInput {
  @IsString()
  @MaxLength(10)
  title: string;
}

class GoalInput {
  @IsString()
  title: string;

  @IsInt()
  @Min(0)
  @Max(100)
  progress: number;

  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones: MilestoneInput[];
}

/** A stand-in feature, so the shared error handling is tested without depending on one. */
@Controller('fixture')
class FixtureController {
  @Post()
  create(@Body() input: GoalInput) {
    return input;
  }

  @Get('crash')
  crash(): never {
    throw new Error('secret internal detail at /srv/app/file.ts');
  }
}

@Module({ controllers: [FixtureController] })
class FixtureModule {}

describe('problem details', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [FixtureModule] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    app.use(requestLogger(pino({ level: 'silent' })));
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
  });
  afterAll(() => app.close());

  it('answers bad input with 400 and an error per field, nested paths included', async () => {
    const res = await request(app.getHttpServer())
      .post('/fixture')
      .send({ title: 42, progress: 101, milestones: [{ title: 'far too long a title' }] })
      .expect(400)
      .expect('content-type', /application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'validation_failed', title: 'Bad Request' });
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'progress', 'milestones.0.title']));
    expect(res.body.correlationId).toEqual(res.headers['x-correlation-id']);
  });

  it('refuses unknown fields', async () => {
    const res = await request(app.getHttpServer())
      .post('/fixture')
      .send({ title: 'a', progress: 1, milestones: [], isAdmin: true })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'isAdmin', message: 'property isAdmin should not exist' }]);
  });

  it('keeps a sane correlation id the caller sends', async () => {
    const res = await request(app.getHttpServer())
      .get('/nowhere')
      .set('x-correlation-id', 'trace-12345678')
      .expect(404);
    expect(res.body).toMatchObject({ code: 'not_found', correlationId: 'trace-12345678' });
  });

  it('hides internals of an unexpected failure', async () => {
    const res = await request(app.getHttpServer()).get('/fixture/crash').expect(500);
    expect(res.body).toMatchObject({
      status: 500,
      code: 'internal_error',
      detail: 'Something went wrong on our side.',
    });
    expect(JSON.stringify(res.body)).not.toMatch(/secret|\/srv\/|stack/);
  });
});

describe('request bodies in the real app', () => {
  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const database = await createTestDatabase();
    const app = await createApp(loadConfig({ DATABASE_URL: database.url }), pino({ level: 'silent' }));
    await app.init();
    try {
      const malformed = await request(app.getHttpServer())
        .post('/api/v1/health')
        .set('content-type', 'application/json')
        .send('{"title":')
        .expect(400);
      expect(malformed.body.code).toBe('validation_failed');
      const huge = await request(app.getHttpServer())
        .post('/api/v1/health')
        .send({ text: 'x'.repeat(200_000) })
        .expect(413);
      expect(huge.body).toMatchObject({ status: 413, code: 'payload_too_large' });
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
