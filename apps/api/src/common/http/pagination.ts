import type { Type as ClassType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { MAX_OFFSET, MAX_PAGE_SIZE, type Page } from '@vitaal/shared/page';
import { IntField } from './number-fields';

export class PageQuery {
  @IntField({ min: 1, max: MAX_PAGE_SIZE, optional: true, inQuery: true, default: 25 })
  limit: number = 25;

  @IntField({ min: 0, max: MAX_OFFSET, optional: true, inQuery: true, default: 0 })
  offset: number = 0;
}

export function page<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, total, limit: query.limit, offset: query.offset };
}

/** The documented page of a list: `class UserPage extends PageOf(UserResponse) {}`. */
export function PageOf<T>(item: ClassType<T>) {
  class PageResponse {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty()
    total: number;

    @ApiProperty()
    limit: number;

    @ApiProperty()
    offset: number;
  }
  return PageResponse;
}
