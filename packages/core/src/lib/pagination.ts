import { z } from 'zod';

export const maxPageSize = 100;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function offsetOf({ page, pageSize }: TPageQuery): number {
  return (page - 1) * pageSize;
}
