import { Global, Module } from '@nestjs/common';
import { Transactions } from '../common/database/transactions';

/**
 * Every repository, and the transaction runner, in one global module: feature modules and the access
 * entry inject any of them without importing each other's modules (no cycles). Feature modules keep
 * their controllers and services.
 */
const REPOSITORIES = [Transactions];

@Global()
@Module({ providers: REPOSITORIES, exports: REPOSITORIES })
export class RepositoriesModule {}
