import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import { PageQuery } from '../common/http/pagination';
import { SharedLearningsService } from './shared-learnings.service';
import { TeamLearningFiguresService } from './team-learning-figures.service';
import {
  AttendanceDto,
  CommentDto,
  CreateSharedLearningDto,
  CreateTeamSessionDto,
  HideSharedLearningDto,
  LinkGoalDto,
  ReactionDto,
  SessionListQuery,
  SharedLearningPage,
  SharedLearningResponse,
  TeamLearningFiguresResponse,
  TeamSessionPage,
  TeamSessionResponse,
  UpdateSharedLearningDto,
  UpdateTeamSessionDto,
} from './team-learning.dto';
import { TeamSessionsService } from './team-sessions.service';

/** Team learning: members read and write, managers also moderate, L&O staff read. */
@ApiTags('team learning')
@Controller('teams/:id')
@SignedIn()
export class TeamLearningController {
  constructor(
    private readonly sessions: TeamSessionsService,
    private readonly learnings: SharedLearningsService,
    private readonly figures: TeamLearningFiguresService,
  ) {}

  @Get('learning-figures')
  @ApiOkResponse({
    type: TeamLearningFiguresResponse,
    description: 'Sessions held, attendance and shared learnings this quarter.',
  })
  @ApiProblems(400, 404)
  teamFigures(@CurrentActor() actor: Actor, @IdParam('id') teamId: string): Promise<TeamLearningFiguresResponse> {
    return this.figures.figures(actor, teamId);
  }

  @Get('sessions')
  @ApiOkResponse({ type: TeamSessionPage })
  @ApiProblems(400, 404)
  listSessions(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @Query() query: SessionListQuery,
  ): Promise<TeamSessionPage> {
    return this.sessions.list(actor, teamId, query);
  }

  @Post('sessions')
  @ApiCreatedResponse({ type: TeamSessionResponse })
  @ApiProblems(400, 404)
  createSession(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @Body() input: CreateTeamSessionDto,
  ): Promise<TeamSessionResponse> {
    return this.sessions.create(actor, teamId, input);
  }

  @Get('sessions/:sessionId')
  @ApiOkResponse({ type: TeamSessionResponse })
  @ApiProblems(400, 404)
  getSession(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('sessionId') sessionId: string,
  ): Promise<TeamSessionResponse> {
    return this.sessions.get(actor, teamId, sessionId);
  }

  @Patch('sessions/:sessionId')
  @ApiOkResponse({ type: TeamSessionResponse, description: 'Planned details, or outcomes and agreements afterwards.' })
  @ApiProblems(400, 404, 409)
  updateSession(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() input: UpdateTeamSessionDto,
  ): Promise<TeamSessionResponse> {
    return this.sessions.update(actor, teamId, sessionId, input);
  }

  @Put('sessions/:sessionId/attendance')
  @ApiOkResponse({ type: TeamSessionResponse, description: 'Marks your own attendance.' })
  @ApiProblems(400, 404, 409)
  attend(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() input: AttendanceDto,
  ): Promise<TeamSessionResponse> {
    return this.sessions.setAttendance(actor, teamId, sessionId, input.attended);
  }

  @Post('sessions/:sessionId/goals')
  @ApiCreatedResponse({ type: TeamSessionResponse, description: 'Links one of your goals to the session.' })
  @ApiProblems(400, 404)
  linkGoal(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() input: LinkGoalDto,
  ): Promise<TeamSessionResponse> {
    return this.sessions.linkGoal(actor, teamId, sessionId, input.goalId, true);
  }

  @Delete('sessions/:sessionId/goals/:goalId')
  @ApiOkResponse({ type: TeamSessionResponse })
  @ApiProblems(400, 404)
  unlinkGoal(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('sessionId') sessionId: string,
    @IdParam('goalId') goalId: string,
  ): Promise<TeamSessionResponse> {
    return this.sessions.linkGoal(actor, teamId, sessionId, goalId, false);
  }

  @Post('sessions/:sessionId/carry-hours')
  @HttpCode(200)
  @ApiOkResponse({
    type: TeamSessionResponse,
    description: 'Adds the session’s hours to your week as peer learning, once.',
  })
  @ApiProblems(400, 404, 409)
  carryHours(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('sessionId') sessionId: string,
  ): Promise<TeamSessionResponse> {
    return this.sessions.carryHours(actor, teamId, sessionId);
  }

  @Get('learnings')
  @ApiOkResponse({ type: SharedLearningPage, description: 'The team’s feed, newest first.' })
  @ApiProblems(400, 404)
  listLearnings(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @Query() query: PageQuery,
  ): Promise<SharedLearningPage> {
    return this.learnings.list(actor, teamId, query);
  }

  @Post('learnings')
  @ApiCreatedResponse({
    type: SharedLearningResponse,
    description: 'A post, written directly or published from one of your weeks.',
  })
  @ApiProblems(400, 404)
  share(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @Body() input: CreateSharedLearningDto,
  ): Promise<SharedLearningResponse> {
    return this.learnings.create(actor, teamId, input);
  }

  @Patch('learnings/:learningId')
  @ApiOkResponse({ type: SharedLearningResponse })
  @ApiProblems(400, 404, 409)
  editLearning(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('learningId') learningId: string,
    @Body() input: UpdateSharedLearningDto,
  ): Promise<SharedLearningResponse> {
    return this.learnings.update(actor, teamId, learningId, input);
  }

  @Delete('learnings/:learningId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted by its author.' })
  @ApiProblems(400, 404)
  deleteLearning(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('learningId') learningId: string,
  ): Promise<void> {
    return this.learnings.remove(actor, teamId, learningId);
  }

  @Put('learnings/:learningId/hidden')
  @ApiOkResponse({
    type: SharedLearningResponse,
    description: 'Hidden from the team (or shown again) by one of its managers.',
  })
  @ApiProblems(400, 404)
  hide(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('learningId') learningId: string,
    @Body() input: HideSharedLearningDto,
  ): Promise<SharedLearningResponse> {
    return this.learnings.setHidden(actor, teamId, learningId, input.hidden);
  }

  @Post('learnings/:learningId/reactions')
  @HttpCode(200)
  @ApiOkResponse({ type: SharedLearningResponse, description: 'Adds your reaction, or takes it back.' })
  @ApiProblems(400, 404)
  react(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('learningId') learningId: string,
    @Body() input: ReactionDto,
  ): Promise<SharedLearningResponse> {
    return this.learnings.toggleReaction(actor, teamId, learningId, input.kind);
  }

  @Post('learnings/:learningId/comments')
  @ApiCreatedResponse({ type: SharedLearningResponse })
  @ApiProblems(400, 404)
  comment(
    @CurrentActor() actor: Actor,
    @IdParam('id') teamId: string,
    @IdParam('learningId') learningId: string,
    @Body() input: CommentDto,
  ): Promise<SharedLearningResponse> {
    return this.learnings.comment(actor, teamId, learningId, input.body);
  }
}
