import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as text (to keep precision); the values here fit a JS number. */
export const numericColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
