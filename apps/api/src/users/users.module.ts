import { Module } from '@nestjs/common';
import { MeController } from './me.controller';
import { PeopleController } from './people.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({ controllers: [MeController, PeopleController, UsersController], providers: [UsersService] })
export class UsersModule {}
