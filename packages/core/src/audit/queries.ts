import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { storeTimeZone } from '../analytics/analytics';
import type { Executor } from '../db/client';
import { offsetOf, type Page, ZPageQuery } from '../lib/pagination';
import { auditLog } from './schema';

/** A day in the store's time zone (YYYY-MM-DD), or an exact instant with its offset. */
const ZWhen = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be a date (YYYY-MM-DD) or an ISO 8601 date and time',
});

export const ZAuditLogQuery = ZPageQuery.extend({
  action: z.string().trim().min(1).max(100).optional(),
  entityType: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  actorId: z.uuid('must be a user id').optional(),
  /** From this day's start (or this instant) on. */
  from: ZWhen.optional(),
  /** Up to this day's end (a day is included whole), or up to this instant (excluded). */
  to: ZWhen.optional(),
});
export type TAuditLogQuery = z.infer<typeof ZAuditLogQuery>;

export interface AuditLogView {
  id: number;
  actorId: string | null;
  /** Kept with the entry, so it still says who acted after the account is gone. */
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: string;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The instant a day starts in the store's time zone, worked out by the database (it knows the DST rules). */
function dayStart(day: string, plusDays = 0): SQL {
  return sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${storeTimeZone})`;
}

/** Audit entries, newest first, narrowed by action, entity, actor and time. */
export async function listAuditLog(db: Executor, query: TAuditLogQuery): Promise<Page<AuditLogView>> {
  const conditions: (SQL | undefined)[] = [
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
    query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
  ];
  if (query.from) {
    conditions.push(
      isDay(query.from)
        ? gte(auditLog.createdAt, dayStart(query.from))
        : gte(auditLog.createdAt, new Date(query.from)),
    );
  }
  if (query.to) {
    conditions.push(
      isDay(query.to)
        ? lt(auditLog.createdAt, dayStart(query.to, 1))
        : lt(auditLog.createdAt, new Date(query.to)),
    );
  }
  const where = and(...conditions);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.$count(auditLog, where),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      actorId: row.actorId,
      actorEmail: row.actorEmail,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      requestId: row.requestId,
      createdAt: row.createdAt.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
