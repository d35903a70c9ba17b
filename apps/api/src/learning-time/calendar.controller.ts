import { Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { Public, SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { CalendarService } from './calendar.service';

class CalendarFeedResponse {
  @ApiProperty({ description: 'Secret address to subscribe to in Outlook or Google Calendar; shown once.' })
  url: string;
}

@ApiTags('learning time')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Post('me/calendar-feed')
  @SignedIn()
  @ApiOkResponse({ type: CalendarFeedResponse, description: 'A new feed address; an earlier one stops working.' })
  @HttpCode(200)
  rotate(@CurrentActor() actor: Actor): Promise<CalendarFeedResponse> {
    return this.calendar.rotate(actor);
  }

  @Delete('me/calendar-feed')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The feed address no longer works.' })
  revoke(@CurrentActor() actor: Actor): Promise<void> {
    return this.calendar.revoke(actor);
  }

  @Get('calendar/:token.ics')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Approved learning time as iCalendar.' })
  @ApiProblems(404)
  feed(@Param('token') token: string): Promise<string> {
    return this.calendar.feed(token);
  }
}
