import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { RequireRole, SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import {
  AddTeamMemberDto,
  CreateTeamDto,
  TeamDetailResponse,
  TeamListQuery,
  TeamResponse,
  UpdateTeamDto,
  UpdateTeamMemberDto,
} from './team.dto';
import { TeamsService } from './teams.service';

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({
    type: [TeamResponse],
    description:
      'Every team for admins and L&O staff; otherwise your own teams. At most 1000: an organisation has no more teams.',
  })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: TeamListQuery): Promise<TeamResponse[]> {
    return this.teams.list(actor, query);
  }

  @Post()
  @RequireRole('admin')
  @ApiCreatedResponse({ type: TeamDetailResponse })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() input: CreateTeamDto): Promise<TeamDetailResponse> {
    return this.teams.create(actor, input);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: TeamDetailResponse })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<TeamDetailResponse> {
    return this.teams.get(actor, id);
  }

  @Patch(':id')
  @RequireRole('admin')
  @ApiOkResponse({ type: TeamDetailResponse, description: 'Renamed, archived (`archived: true`) or restored.' })
  @ApiProblems(400, 404)
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() input: UpdateTeamDto,
  ): Promise<TeamDetailResponse> {
    return this.teams.update(actor, id, input);
  }

  @Post(':id/members')
  @RequireRole('admin')
  @ApiCreatedResponse({ type: TeamDetailResponse })
  @ApiProblems(400, 404, 409)
  addMember(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() input: AddTeamMemberDto,
  ): Promise<TeamDetailResponse> {
    return this.teams.addMember(actor, id, input);
  }

  @Patch(':id/members/:userId')
  @RequireRole('admin')
  @ApiOkResponse({ type: TeamDetailResponse, description: 'Makes a member manager, or a manager member.' })
  @ApiProblems(400, 404)
  updateMember(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @IdParam('userId') userId: string,
    @Body() input: UpdateTeamMemberDto,
  ): Promise<TeamDetailResponse> {
    return this.teams.updateMember(actor, id, userId, input);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @RequireRole('admin')
  @ApiNoContentResponse({ description: 'The person has left the team.' })
  @ApiProblems(400, 404)
  removeMember(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @IdParam('userId') userId: string,
  ): Promise<void> {
    return this.teams.removeMember(actor, id, userId);
  }
}
