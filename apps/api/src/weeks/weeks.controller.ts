import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import {
  MyOverviewResponseDto,
  OthersWeekResponseDto,
  OverviewQuery,
  SaveWeekDto,
  WeekRangeQuery,
  WeekResponse,
  WeekSummaryResponse,
} from './week.dto';
import { WeeksService } from './weeks.service';

const weekParam = ApiParam({
  name: 'week',
  example: '2026-W48',
  description: 'ISO week, in the organisation’s time zone.',
});

@ApiTags('weeks')
@Controller()
@SignedIn()
export class WeeksController {
  constructor(private readonly weeks: WeeksService) {}

  @Get('weeks')
  @ApiOkResponse({ type: [WeekSummaryResponse], description: 'Your weeks in the range, missing ones included.' })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: WeekRangeQuery): Promise<WeekSummaryResponse[]> {
    return this.weeks.list(actor, query);
  }

  @Get('weeks/:week')
  @weekParam
  @ApiOkResponse({
    type: WeekResponse,
    description: 'The saved week, or an empty one (version 0) with last week’s next step as intentions.',
  })
  @ApiProblems(400)
  get(@CurrentActor() actor: Actor, @Param('week') week: string): Promise<WeekResponse> {
    return this.weeks.get(actor, week);
  }

  @Put('weeks/:week')
  @weekParam
  @ApiOkResponse({ type: WeekResponse })
  @ApiProblems(400, 409)
  save(@CurrentActor() actor: Actor, @Param('week') week: string, @Body() input: SaveWeekDto): Promise<WeekResponse> {
    return this.weeks.save(actor, week, input);
  }

  @Post('weeks/:week/submit')
  @HttpCode(200)
  @weekParam
  @ApiOkResponse({ type: WeekResponse })
  @ApiProblems(400, 409)
  submit(@CurrentActor() actor: Actor, @Param('week') week: string): Promise<WeekResponse> {
    return this.weeks.submit(actor, week);
  }

  @Get('me/overview')
  @ApiOkResponse({ type: MyOverviewResponseDto, description: 'Your home page: streak, open items and the last weeks.' })
  @ApiProblems(400)
  overview(@CurrentActor() actor: Actor, @Query() query: OverviewQuery): Promise<MyOverviewResponseDto> {
    return this.weeks.overview(actor, query.weeks);
  }

  @Get('people/:userId/weeks')
  @ApiOkResponse({
    type: [OthersWeekResponseDto],
    description: 'For a person’s managers and L&O staff: submitted or not, hours, and texts the person shared.',
  })
  @ApiProblems(400, 404)
  listOf(
    @CurrentActor() actor: Actor,
    @IdParam('userId') userId: string,
    @Query() query: WeekRangeQuery,
  ): Promise<OthersWeekResponseDto[]> {
    return this.weeks.listOf(actor, userId, query);
  }
}
