import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RateLimitInterceptor } from './rate-limit.interceptor';
import { RateLimitsService } from './rate-limits.service';

@Module({ providers: [RateLimitsService, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }] })
export class RateLimitsModule {}
