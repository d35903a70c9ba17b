import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import { FollowedPersonResponse } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('people')
@Controller('people')
@SignedIn()
export class PeopleController {
  constructor(private readonly users: UsersService) {}

  @Get(':userId')
  @ApiOkResponse({
    type: FollowedPersonResponse,
    description: 'The name of someone you follow as their manager or as L&O staff.',
  })
  @ApiProblems(400, 404)
  followed(@CurrentActor() actor: Actor, @IdParam('userId') userId: string): Promise<FollowedPersonResponse> {
    return this.users.followed(actor, userId);
  }
}
