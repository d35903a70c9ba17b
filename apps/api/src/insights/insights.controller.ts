import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { RequireRole, SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import { InsightsQuery, OrganizationOverviewResponse, TeamDashboardResponse } from './insights.dto';
import { InsightsExport } from './insights.export';
import { InsightsService } from './insights.service';

@ApiTags('insights')
@Controller('insights')
export class InsightsController {
  constructor(
    private readonly insights: InsightsService,
    private readonly exports: InsightsExport,
  ) {}

  @Get('teams/:id')
  @SignedIn()
  @ApiOkResponse({
    type: TeamDashboardResponse,
    description: 'For L&O staff and the team’s managers; scores only over at least the minimum group size.',
  })
  @ApiProblems(400, 404)
  team(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: InsightsQuery,
  ): Promise<TeamDashboardResponse> {
    return this.insights.teamDashboard(actor, id, query.weeks);
  }

  @Get('teams/:id/export.csv')
  @SignedIn()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="vitaal-team.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The team dashboard as CSV for Excel with Dutch settings (semicolons, decimal commas).',
  })
  @ApiProblems(400, 404)
  async teamCsv(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Query() query: InsightsQuery,
  ): Promise<string> {
    return this.exports.teamCsv(actor, await this.insights.teamDashboard(actor, id, query.weeks));
  }

  @Get('organization')
  @RequireRole('lno')
  @ApiOkResponse({ type: OrganizationOverviewResponse, description: 'One row per team with totals, for L&O staff.' })
  @ApiProblems(400)
  organization(@CurrentActor() actor: Actor, @Query() query: InsightsQuery): Promise<OrganizationOverviewResponse> {
    return this.insights.organizationOverview(actor, query.weeks);
  }

  @Get('organization/export.csv')
  @RequireRole('lno')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="vitaal-organisatie.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The organisation overview as CSV for Excel with Dutch settings.' })
  @ApiProblems(400)
  async organizationCsv(@CurrentActor() actor: Actor, @Query() query: InsightsQuery): Promise<string> {
    return this.exports.organizationCsv(actor, await this.insights.organizationOverview(actor, query.weeks));
  }
}
