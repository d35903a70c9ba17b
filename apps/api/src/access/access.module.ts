import { Global, Module } from '@nestjs/common';
import { Access } from './access';

/** The access entry for every module; its repositories come from the global RepositoriesModule. */
@Global()
@Module({ providers: [Access], exports: [Access] })
export class AccessModule {}
