import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import {
  ApprovalQuery,
  BalanceQuery,
  BalanceResponse,
  BulkDecisionDto,
  CreateLearningTimeRequestDto,
  DecisionDto,
  LearningTimeRequestPage,
  ApprovalPage,
  LearningTimeRequestResponse,
  RequestListQuery,
  TeamCalendarQuery,
  TeamCalendarWeek,
  UpdateLearningTimeRequestDto,
} from './learning-time.dto';
import { LearningTimeService } from './learning-time.service';

@ApiTags('learning time')
@Controller('learning-time')
@SignedIn()
export class LearningTimeController {
  constructor(private readonly learningTime: LearningTimeService) {}

  @Get('requests')
  @ApiOkResponse({ type: LearningTimeRequestPage, description: 'Your requests, latest week first.' })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: RequestListQuery): Promise<LearningTimeRequestPage> {
    return this.learningTime.listMine(actor, query);
  }

  @Post('requests')
  @ApiCreatedResponse({
    type: LearningTimeRequestResponse,
    description: 'Requested; the team’s managers are notified.',
  })
  @ApiProblems(400)
  create(
    @CurrentActor() actor: Actor,
    @Body() input: CreateLearningTimeRequestDto,
  ): Promise<LearningTimeRequestResponse> {
    return this.learningTime.create(actor, input);
  }

  @Get('requests/:id')
  @ApiOkResponse({ type: LearningTimeRequestResponse })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<LearningTimeRequestResponse> {
    return this.learningTime.get(actor, id);
  }

  @Patch('requests/:id')
  @ApiOkResponse({ type: LearningTimeRequestResponse, description: 'Changed while still pending.' })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() input: UpdateLearningTimeRequestDto,
  ): Promise<LearningTimeRequestResponse> {
    return this.learningTime.update(actor, id, input);
  }

  @Post('requests/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({
    type: LearningTimeRequestResponse,
    description: 'Cancelled: pending, or approved until its week starts.',
  })
  @ApiProblems(400, 404, 409)
  cancel(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<LearningTimeRequestResponse> {
    return this.learningTime.cancel(actor, id);
  }

  @Post('requests/:id/decision')
  @HttpCode(200)
  @ApiOkResponse({
    type: LearningTimeRequestResponse,
    description: 'Approved or rejected (a rejection needs a comment).',
  })
  @ApiProblems(400, 404, 409)
  decide(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() input: DecisionDto,
  ): Promise<LearningTimeRequestResponse> {
    return this.learningTime.decide(actor, id, input);
  }

  @Post('decisions')
  @HttpCode(200)
  @ApiOkResponse({ type: [LearningTimeRequestResponse], description: 'Several decisions at once: all, or none.' })
  @ApiProblems(400, 404, 409)
  decideMany(@CurrentActor() actor: Actor, @Body() input: BulkDecisionDto): Promise<LearningTimeRequestResponse[]> {
    return this.learningTime.decideMany(actor, input);
  }

  @Get('approvals')
  @ApiOkResponse({
    type: ApprovalPage,
    description:
      'Requests of every team you manage (all teams for admins), never your own, with the requester’s balance; ' +
      'earliest week first, then oldest request.',
  })
  @ApiProblems(400)
  approvals(@CurrentActor() actor: Actor, @Query() query: ApprovalQuery): Promise<ApprovalPage> {
    return this.learningTime.approvals(actor, query);
  }

  @Get('team-calendar')
  @ApiOkResponse({
    type: [TeamCalendarWeek],
    description: 'Approved learning time of a team per week, for its managers, L&O staff and admins.',
  })
  @ApiProblems(400, 404)
  teamCalendar(@CurrentActor() actor: Actor, @Query() query: TeamCalendarQuery): Promise<TeamCalendarWeek[]> {
    return this.learningTime.teamCalendar(actor, query);
  }

  @Get('balance')
  @ApiOkResponse({
    type: BalanceResponse,
    description: 'Your norm, requested, approved and used hours for the year and the quarter.',
  })
  @ApiProblems(400)
  balance(@CurrentActor() actor: Actor, @Query() query: BalanceQuery): Promise<BalanceResponse> {
    return this.learningTime.myBalance(actor, query.year);
  }
}
