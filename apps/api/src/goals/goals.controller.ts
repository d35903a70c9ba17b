import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import {
  CreateGoalDto,
  CreateMilestoneDto,
  GoalListQuery,
  GoalResponse,
  GoalWeekResponse,
  ReorderMilestonesDto,
  UpdateGoalDto,
  UpdateMilestoneDto,
} from './goal.dto';
import { GoalsService } from './goals.service';

@ApiTags('goals')
@Controller()
@SignedIn()
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get('goals')
  @ApiOkResponse({
    type: [GoalResponse],
    description: 'All your own goals (at most 200), most recently changed first.',
  })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: GoalListQuery): Promise<GoalResponse[]> {
    return this.goals.listMine(actor, query);
  }

  @Post('goals')
  @ApiCreatedResponse({ type: GoalResponse })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() input: CreateGoalDto): Promise<GoalResponse> {
    return this.goals.create(actor, input);
  }

  @Get('goals/:id')
  @ApiOkResponse({ type: GoalResponse, description: 'Your goal, or a shared goal of someone whose data you may see.' })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<GoalResponse> {
    return this.goals.get(actor, id);
  }

  @Patch('goals/:id')
  @ApiOkResponse({ type: GoalResponse })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @IdParam('id') id: string, @Body() input: UpdateGoalDto): Promise<GoalResponse> {
    return this.goals.update(actor, id, input);
  }

  @Delete('goals/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted with its milestones; the weeks keep their texts.' })
  @ApiProblems(400, 404)
  remove(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<void> {
    return this.goals.remove(actor, id);
  }

  @Get('goals/:id/weeks')
  @ApiOkResponse({
    type: [GoalWeekResponse],
    description: 'The weeks the goal was worked on: hours and progress over time.',
  })
  @ApiProblems(400, 404)
  history(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<GoalWeekResponse[]> {
    return this.goals.history(actor, id);
  }

  @Post('goals/:id/milestones')
  @ApiCreatedResponse({ type: GoalResponse })
  @ApiProblems(400, 404)
  addMilestone(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() input: CreateMilestoneDto,
  ): Promise<GoalResponse> {
    return this.goals.addMilestone(actor, id, input);
  }

  @Put('goals/:id/milestones/order')
  @ApiOkResponse({ type: GoalResponse })
  @ApiProblems(400, 404)
  reorder(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() input: ReorderMilestonesDto,
  ): Promise<GoalResponse> {
    return this.goals.reorderMilestones(actor, id, input);
  }

  @Patch('goals/:id/milestones/:milestoneId')
  @ApiOkResponse({ type: GoalResponse, description: 'Renamed, or ticked off (done) with today’s date.' })
  @ApiProblems(400, 404)
  updateMilestone(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @IdParam('milestoneId') milestoneId: string,
    @Body() input: UpdateMilestoneDto,
  ): Promise<GoalResponse> {
    return this.goals.updateMilestone(actor, id, milestoneId, input);
  }

  @Delete('goals/:id/milestones/:milestoneId')
  @ApiOkResponse({ type: GoalResponse })
  @ApiProblems(400, 404)
  removeMilestone(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @IdParam('milestoneId') milestoneId: string,
  ): Promise<GoalResponse> {
    return this.goals.removeMilestone(actor, id, milestoneId);
  }

  @Get('people/:userId/goals')
  @ApiOkResponse({ type: [GoalResponse], description: 'A person’s shared goals, for their managers and L&O staff.' })
  @ApiProblems(400, 404)
  listShared(@CurrentActor() actor: Actor, @IdParam('userId') userId: string): Promise<GoalResponse[]> {
    return this.goals.listShared(actor, userId);
  }
}
