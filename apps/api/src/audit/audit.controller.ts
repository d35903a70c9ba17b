import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { RequireRole } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { AuditEventPage, AuditQuery } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequireRole('admin')
  @ApiOkResponse({ type: AuditEventPage })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: AuditQuery): Promise<AuditEventPage> {
    return this.audit.list(actor, query);
  }
}
