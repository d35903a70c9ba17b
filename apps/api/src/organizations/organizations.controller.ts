import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor';
import { RequireRole, SignedIn } from '../access/route-access';
import { ApiProblems } from '../common/errors/api-problems';
import { OrganizationResponse, UpdateOrganizationDto } from './organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organization')
@Controller('organization')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({
    type: OrganizationResponse,
    description: 'Your organisation and its settings; everyone may read them.',
  })
  get(@CurrentActor() actor: Actor): Promise<OrganizationResponse> {
    return this.organizations.get(actor);
  }

  @Patch()
  @RequireRole('admin')
  @ApiOkResponse({ type: OrganizationResponse })
  @ApiProblems(400, 409)
  update(@CurrentActor() actor: Actor, @Body() input: UpdateOrganizationDto): Promise<OrganizationResponse> {
    return this.organizations.update(actor, input);
  }
}
