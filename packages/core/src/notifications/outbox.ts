import { and, asc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Executor } from '../db/client';
import { insertRows } from '../db/insert';
import { queryRows } from '../db/rows';
import type { Config } from '../lib/config';
import { isLocale, type Locale } from '../lib/locale';
import { emailOutbox } from './schema';
import {
  EmailDataError,
  parseTemplateData,
  renderStoredEmail,
  type TemplateData,
  type TemplateName,
} from './templates';
import type { MailLogger, MailTransport } from './transports';

/** After this many attempts an email is marked `failed` and left alone. */
export const maxEmailAttempts = 8;

const retryDelaysMs = [30_000, 120_000, 600_000, 3_600_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000];

/** How long to wait after the given number of failed attempts (1 = the first failure): 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h. */
export function emailRetryDelayMs(failedAttempts: number): number {
  const index = Math.min(Math.max(failedAttempts, 1), retryDelaysMs.length) - 1;
  return retryDelaysMs[index]!;
}

/** A claimed row is not claimed again for this long, unless its result was written first. */
const defaultLeaseMs = 5 * 60_000;

export interface EnqueueEmailInput<T extends TemplateName> {
  to: string;
  template: T;
  locale: Locale;
  data: TemplateData<T>;
}

const ZRecipient = z.email().max(320);

/**
 * Queues an email: one insert into the outbox, nothing else, so it belongs inside the business transaction
 * (pass its `tx`): the email exists exactly when the transaction commits. The data is checked against the
 * template's schema first; bad input throws EmailDataError. Call the mail worker's `wake()` after commit
 * to send it without waiting for the next interval.
 */
export async function enqueueEmail<T extends TemplateName>(
  executor: Executor,
  input: EnqueueEmailInput<T>,
): Promise<{ id: string }> {
  const [row] = await queryRows<{ id: string }>(executor, sql`${emailInsert(input)} returning id`);
  return { id: row!.id };
}

/**
 * The outbox insert `enqueueEmail` runs, checked the same way but not yet run: for a caller that sends it
 * along with other writes (db/together.ts). Throws EmailDataError on bad input.
 */
export function emailInsert<T extends TemplateName>(input: EnqueueEmailInput<T>): SQL {
  const to = input.to.trim();
  if (!ZRecipient.safeParse(to).success) {
    throw new EmailDataError('Invalid email recipient', [{ field: 'to', message: 'Invalid email address' }]);
  }
  if (!isLocale(input.locale)) {
    throw new EmailDataError(`Unknown email locale "${String(input.locale)}"`, [
      { field: 'locale', message: 'Unknown locale' },
    ]);
  }
  const data = parseTemplateData(input.template, input.data);
  return insertRows(emailOutbox, [
    {
      recipient: to,
      template: input.template,
      locale: input.locale,
      data,
      // Due now by the application's clock, the one delivery compares against: the column's default is the
      // database's clock in microseconds, later than a delivery pass that starts in the same millisecond,
      // which would then leave the email for the next pass.
      nextAttemptAt: new Date(),
    },
  ]);
}

export interface DeliverOptions {
  transport: MailTransport;
  /** `publicUrl` for links, `mail.from` for the sender. */
  config: Pick<Config, 'publicUrl'> & { mail: Pick<Config['mail'], 'from'> };
  logger?: MailLogger;
  /** The store name in the emails; default "Puoti". */
  storeName?: string;
  /** The current time (tests move it forward to pass the backoff). */
  now?: Date;
  /** At most this many emails per pass; default 20. */
  limit?: number;
  /** How long a claimed row stays reserved for this pass; default 5 minutes. */
  leaseMs?: number;
  /** Deliver only these outbox rows (tests on a shared database; a "send now" action). */
  ids?: readonly string[];
}

export interface DeliveryResult {
  sent: number;
  /** Gave up on: out of attempts, or data that can no longer be rendered. */
  failed: number;
  /** Failed this time, scheduled again. */
  retried: number;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 500 ? `${message.slice(0, 497)}...` : message;
}

/**
 * Sends the emails that are due. Safe to run on several nodes at once:
 * 1. claim: one short statement picks due rows with `FOR UPDATE SKIP LOCKED`, counts the attempt and moves
 *    `next_attempt_at` ahead by a lease, then commits, so no other pass takes them meanwhile;
 * 2. render and send each outside any transaction (PGlite runs one transaction at a time);
 * 3. write the result: `sent`, or the error with the next attempt after an exponential backoff, or
 *    `failed` after `maxEmailAttempts`. A process that dies mid-send leaves the row to be retried when the
 *    lease ends, and the attempt still counts, so a message that crashes the process cannot loop forever.
 * Logs carry the outbox id, template and error, never addresses, bodies or tokens.
 */
export async function deliverPendingEmails(db: Db, options: DeliverOptions): Promise<DeliveryResult> {
  const { transport, config } = options;
  const clock = () => options.now ?? new Date();
  const claimedAt = clock();
  const limit = options.limit ?? 20;
  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
  if (options.ids && options.ids.length === 0) return result;

  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.status, 'pending'),
        lte(emailOutbox.nextAttemptAt, claimedAt),
        options.ids ? inArray(emailOutbox.id, [...options.ids]) : undefined,
      ),
    )
    .orderBy(asc(emailOutbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(emailOutbox)
    .set({
      attempts: sql`${emailOutbox.attempts} + 1`,
      nextAttemptAt: new Date(claimedAt.getTime() + (options.leaseMs ?? defaultLeaseMs)),
    })
    .where(inArray(emailOutbox.id, due))
    .returning({
      id: emailOutbox.id,
      recipient: emailOutbox.recipient,
      template: emailOutbox.template,
      locale: emailOutbox.locale,
      data: emailOutbox.data,
      attempts: emailOutbox.attempts,
    });

  for (const row of claimed) {
    const log = { emailId: row.id, template: row.template, attempt: row.attempts };
    // Only the pass holding this claim writes the result (the attempt count is the claim's mark).
    const mine = and(
      eq(emailOutbox.id, row.id),
      eq(emailOutbox.status, 'pending'),
      eq(emailOutbox.attempts, row.attempts),
    );

    let rendered: ReturnType<typeof renderStoredEmail>;
    try {
      rendered = renderStoredEmail(row, {
        publicUrl: config.publicUrl,
        ...(options.storeName ? { storeName: options.storeName } : {}),
      });
    } catch (error) {
      // Retrying cannot fix data the template refuses: give up now.
      await db
        .update(emailOutbox)
        .set({ status: 'failed', lastError: errorMessage(error) })
        .where(mine);
      options.logger?.error(
        { ...log, error: errorMessage(error) },
        'email could not be rendered; marked failed',
      );
      result.failed += 1;
      continue;
    }

    try {
      await transport.send({
        ...rendered,
        to: row.recipient,
        from: config.mail.from,
        template: row.template,
        locale: row.locale,
        id: row.id,
      });
    } catch (error) {
      const message = errorMessage(error);
      if (row.attempts >= maxEmailAttempts) {
        await db.update(emailOutbox).set({ status: 'failed', lastError: message }).where(mine);
        options.logger?.error({ ...log, error: message }, 'email delivery failed for good');
        result.failed += 1;
      } else {
        const nextAttemptAt = new Date(clock().getTime() + emailRetryDelayMs(row.attempts));
        await db.update(emailOutbox).set({ lastError: message, nextAttemptAt }).where(mine);
        options.logger?.warn(
          { ...log, error: message, nextAttemptAt: nextAttemptAt.toISOString() },
          'email delivery failed; will retry',
        );
        result.retried += 1;
      }
      continue;
    }

    await db.update(emailOutbox).set({ status: 'sent', sentAt: clock(), lastError: null }).where(mine);
    options.logger?.info(log, 'email sent');
    result.sent += 1;
  }
  return result;
}

export interface MailWorkerOptions extends Omit<DeliverOptions, 'now' | 'ids'> {
  /** Time between passes when idle; default 2 s. */
  intervalMs?: number;
}

export interface MailWorker {
  /** Runs a pass soon (call after committing a transaction that enqueued an email). */
  wake(): void;
  /** Stops the timer and waits for a running pass to finish. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox in the background: a pass now, then every `intervalMs`, sooner after `wake()`, and
 * straight again while passes come back full. The timer is unref'd, so it never keeps the process alive.
 * A pass that throws (database unreachable) is logged and the next one tries again.
 */
export function startMailWorker(db: Db, options: MailWorkerOptions): MailWorker {
  const intervalMs = options.intervalMs ?? 2000;
  const limit = options.limit ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delayMs);
    timer.unref();
  };

  function run() {
    timer = undefined;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      let full = false;
      try {
        const result = await deliverPendingEmails(db, { ...options, limit });
        full = result.sent + result.failed + result.retried >= limit;
      } catch (error) {
        options.logger?.error({ error: errorMessage(error) }, 'mail delivery pass failed');
      }
      running = undefined;
      const soon = again || full;
      again = false;
      schedule(soon ? 0 : intervalMs);
    })();
  }

  schedule(0);
  return {
    wake() {
      if (stopped) return;
      if (running) again = true;
      else schedule(10);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
