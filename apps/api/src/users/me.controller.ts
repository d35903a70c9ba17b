import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { ChangePasswordDto, MeResponse, UpdateProfileDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('me')
@Controller('me')
@SignedIn()
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: MeResponse, description: 'The signed-in person with their roles and teams.' })
  me(@CurrentActor() actor: Actor): Promise<MeResponse> {
    return this.users.me(actor);
  }

  @Patch()
  @ApiOkResponse({ type: MeResponse })
  @ApiProblems(400)
  update(@CurrentActor() actor: Actor, @Body() input: UpdateProfileDto): Promise<MeResponse> {
    return this.users.updateProfile(actor, input);
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every other session of the person has ended.' })
  @ApiProblems(400)
  changePassword(@CurrentActor() actor: Actor, @Body() input: ChangePasswordDto): Promise<void> {
    return this.users.changePassword(actor, input);
  }
}
