import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthResponse, ReadinessResponse } from './health.dto';
import { HealthService } from './health.service';
import { Public } from '../access/route-access';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- read once at start-up
const { version: VERSION } = require('../../package.json') as { version: string };

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'The process is alive.' })
  alive(): HealthResponse {
    return { status: 'ok', version: VERSION };
  }

  @Get('ready')
  @ApiOkResponse({ type: ReadinessResponse, description: 'The database is reachable and fully migrated.' })
  @ApiServiceUnavailableResponse({ type: ReadinessResponse, description: 'Not ready to serve requests.' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    const readiness = await this.health.readiness();
    if (readiness.status !== 'ok') response.status(503);
    return readiness;
  }
}
