import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { dataSourceOptions } from './data-source-options';
import { DatabaseStartup } from './database-startup';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.databaseUrl),
    }),
  ],
  providers: [DatabaseStartup],
})
export class DatabaseModule {}
