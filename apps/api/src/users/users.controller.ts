import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { RequireRole } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { IdParam } from '../common/http/id-param';
import { UpdateUserDto, UserPage, UserQuery, UserResponse } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@RequireRole('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPage })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: UserQuery): Promise<UserPage> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<UserResponse> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @IdParam('id') id: string, @Body() input: UpdateUserDto): Promise<UserResponse> {
    return this.users.update(actor, id, input);
  }
}
