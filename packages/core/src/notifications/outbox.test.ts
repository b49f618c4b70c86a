import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/client';
import { openTestDatabase } from '../testing/database';
import {
  deliverPendingEmails,
  emailRetryDelayMs,
  enqueueEmail,
  maxEmailAttempts,
  startMailWorker,
} from './outbox';
import { emailOutbox } from './schema';
import { EmailDataError } from './templates';
import {
  createFileTransport,
  type MailLogger,
  type MailMessage,
  type MailTransport,
  type OutboxFile,
} from './transports';

let db: Db;
let outboxDir: string;
const config = { publicUrl: 'https://shop.example', mail: { from: 'Puoti <shop@example.com>' } };

beforeAll(async () => {
  db = (await openTestDatabase()).db;
  outboxDir = await mkdtemp(path.join(os.tmpdir(), 'puoti-outbox-'));
});

afterAll(async () => {
  await rm(outboxDir, { recursive: true, force: true });
});

/** Addresses unique to one test, so tests on a shared PostgreSQL database only see their own rows. */
function recipient(label: string): string {
  return `${label}-${randomUUID()}@example.com`;
}

async function rowsFor(...recipients: string[]) {
  return db.select().from(emailOutbox).where(inArray(emailOutbox.recipient, recipients));
}

async function filesFor(to: string): Promise<OutboxFile[]> {
  const names = (await readdir(outboxDir)).filter((name) => name.endsWith('.json'));
  const files = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(outboxDir, name), 'utf8')) as OutboxFile),
  );
  return files.filter((file) => file.to === to);
}

function recordingLogger() {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const at =
    (level: string) =>
    (fields: unknown, message?: string): void => {
      lines.push({ level, fields: fields as Record<string, unknown>, message: message ?? '' });
    };
  const logger = {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  } as unknown as MailLogger;
  return { logger, lines };
}

describe('enqueueEmail', () => {
  it('inserts a pending row with the validated data', async () => {
    const to = recipient('enqueue');
    const { id } = await enqueueEmail(db, {
      to,
      template: 'verify_email',
      locale: 'sv',
      data: { firstName: ' Elsa ', token: 'tok' },
    });
    const [row] = await rowsFor(to);
    expect(row).toMatchObject({
      id,
      template: 'verify_email',
      locale: 'sv',
      status: 'pending',
      attempts: 0,
      data: { firstName: 'Elsa', token: 'tok' },
      sentAt: null,
      lastError: null,
    });
  });

  it('throws on bad data and inserts nothing', async () => {
    const to = recipient('bad');
    await expect(
      // @ts-expect-error the token is missing
      enqueueEmail(db, { to, template: 'reset_password', locale: 'fi', data: { firstName: 'A' } }),
    ).rejects.toThrow(EmailDataError);
    await expect(
      enqueueEmail(db, {
        to: 'not an address',
        template: 'account_deleted',
        locale: 'fi',
        data: { firstName: 'A' },
      }),
    ).rejects.toThrow(/recipient/);
    await expect(
      // @ts-expect-error not a locale
      enqueueEmail(db, { to, template: 'account_deleted', locale: 'de', data: { firstName: 'A' } }),
    ).rejects.toThrow(/locale/);
    expect(await rowsFor(to)).toHaveLength(0);
  });

  it('leaves no row when the business transaction rolls back', async () => {
    const to = recipient('rollback');
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, {
          to,
          template: 'password_changed',
          locale: 'en',
          data: { firstName: 'Ann' },
        });
        expect(await tx.select().from(emailOutbox).where(eq(emailOutbox.recipient, to))).toHaveLength(1);
        throw new Error('the order failed');
      }),
    ).rejects.toThrow('the order failed');
    expect(await rowsFor(to)).toHaveLength(0);
  });

  it('keeps the row when the transaction commits', async () => {
    const to = recipient('commit');
    await db.transaction(async (tx) => {
      await enqueueEmail(tx, { to, template: 'password_changed', locale: 'en', data: { firstName: 'Ann' } });
    });
    expect(await rowsFor(to)).toHaveLength(1);
  });
});

describe('deliverPendingEmails', () => {
  it('sends through the file transport and marks the row sent', async () => {
    const to = recipient('file');
    const { id } = await enqueueEmail(db, {
      to,
      template: 'reset_password',
      locale: 'fi',
      data: { firstName: 'Aino', token: 'tok/SECRET+value' },
    });
    const { logger, lines } = recordingLogger();
    const result = await deliverPendingEmails(db, {
      transport: createFileTransport(outboxDir),
      config,
      logger,
      ids: [id],
    });
    expect(result).toEqual({ sent: 1, failed: 0, retried: 0 });

    const [file, ...others] = await filesFor(to);
    expect(others).toHaveLength(0);
    expect(file).toMatchObject({ to, from: config.mail.from, template: 'reset_password', locale: 'fi' });
    expect(file?.subject).toBe('Salasanan vaihto');
    expect(file?.text).toContain('https://shop.example/fi/account/reset-password?token=tok%2FSECRET%2Bvalue');
    expect(file?.html).toContain('<html lang="fi">');
    expect(Number.isNaN(Date.parse(file?.createdAt ?? ''))).toBe(false);

    const [row] = await rowsFor(to);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row?.sentAt).toBeInstanceOf(Date);

    // Sent rows are not sent again.
    expect(
      await deliverPendingEmails(db, { transport: createFileTransport(outboxDir), config, ids: [id] }),
    ).toEqual({
      sent: 0,
      failed: 0,
      retried: 0,
    });
    expect(await filesFor(to)).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('SECRET');
    expect(JSON.stringify(lines)).not.toContain(to);
  });

  it('retries with backoff and gives up after the last attempt', async () => {
    const to = recipient('retry');
    const { id } = await enqueueEmail(db, {
      to,
      template: 'verify_email',
      locale: 'en',
      data: { firstName: 'Ann', token: 'secret-token' },
    });
    const calls: MailMessage[] = [];
    const failing: MailTransport = {
      async send(message) {
        calls.push(message);
        throw new Error('421 try again later');
      },
    };
    const { logger, lines } = recordingLogger();
    let now = new Date(Date.now() + 1000);

    for (let attempt = 1; attempt <= maxEmailAttempts; attempt += 1) {
      const result = await deliverPendingEmails(db, { transport: failing, config, logger, now, ids: [id] });
      const [row] = await rowsFor(to);
      expect(row?.attempts).toBe(attempt);
      expect(row?.lastError).toBe('421 try again later');
      if (attempt < maxEmailAttempts) {
        expect(result).toEqual({ sent: 0, failed: 0, retried: 1 });
        expect(row?.status).toBe('pending');
        const delay = emailRetryDelayMs(attempt);
        expect(row?.nextAttemptAt.getTime()).toBe(now.getTime() + delay);
        // Not due yet a moment before the backoff ends.
        const early = new Date(now.getTime() + delay - 1000);
        expect(await deliverPendingEmails(db, { transport: failing, config, now: early, ids: [id] })).toEqual(
          {
            sent: 0,
            failed: 0,
            retried: 0,
          },
        );
        now = new Date(now.getTime() + delay);
      } else {
        expect(result).toEqual({ sent: 0, failed: 1, retried: 0 });
        expect(row?.status).toBe('failed');
      }
    }
    expect(calls).toHaveLength(maxEmailAttempts);
    expect(calls.every((call) => call.id === id && call.to === to)).toBe(true);

    // A failed row stays failed.
    const later = new Date(now.getTime() + 365 * 86_400_000);
    expect(await deliverPendingEmails(db, { transport: failing, config, now: later, ids: [id] })).toEqual({
      sent: 0,
      failed: 0,
      retried: 0,
    });

    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(maxEmailAttempts - 1);
    expect(lines.filter((line) => line.level === 'error')).toHaveLength(1);
    expect(lines[0]?.fields).toMatchObject({
      emailId: id,
      template: 'verify_email',
      error: '421 try again later',
    });
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain('secret-token');
    expect(logged).not.toContain(to);
  });

  it('backs off 30 s, 2 min, 10 min, 1 h and longer', () => {
    expect([1, 2, 3, 4].map(emailRetryDelayMs)).toEqual([30_000, 120_000, 600_000, 3_600_000]);
    for (let n = 2; n < maxEmailAttempts; n += 1) {
      expect(emailRetryDelayMs(n)).toBeGreaterThan(emailRetryDelayMs(n - 1));
    }
  });

  it('sends after a failure once the backoff has passed', async () => {
    const to = recipient('recover');
    const { id } = await enqueueEmail(db, { to, template: 'account_exists', locale: 'zh', data: {} });
    let fail = true;
    const sent: MailMessage[] = [];
    const flaky: MailTransport = {
      async send(message) {
        if (fail) throw new Error('connection refused');
        sent.push(message);
      },
    };
    const now = new Date(Date.now() + 1000);
    expect(await deliverPendingEmails(db, { transport: flaky, config, now, ids: [id] })).toMatchObject({
      retried: 1,
    });
    fail = false;
    const later = new Date(now.getTime() + emailRetryDelayMs(1));
    expect(await deliverPendingEmails(db, { transport: flaky, config, now: later, ids: [id] })).toMatchObject(
      {
        sent: 1,
      },
    );
    expect(sent[0]?.subject).toBe('您已有账户');
    expect(await rowsFor(to)).toMatchObject([{ status: 'sent', attempts: 2, lastError: null }]);
  });

  it("sends an email at once when the database's clock runs ahead of the application's", async () => {
    const to = recipient('skew');
    // The application's clock 5 s behind the database's (another host, or the same millisecond read at
    // microsecond precision there): only Date is faked, timers and I/O run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 5000);
    try {
      const { id } = await enqueueEmail(db, {
        to,
        template: 'password_changed',
        locale: 'en',
        data: { firstName: 'Ada' },
      });
      const result = await deliverPendingEmails(db, {
        transport: createFileTransport(outboxDir),
        config,
        ids: [id],
      });
      expect(result).toEqual({ sent: 1, failed: 0, retried: 0 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks a row it cannot render as failed at once', async () => {
    const to = recipient('unrenderable');
    const [row] = await db
      .insert(emailOutbox)
      .values({ recipient: to, template: 'no_such_template', locale: 'fi', data: {} })
      .returning({ id: emailOutbox.id });
    const calls: MailMessage[] = [];
    const result = await deliverPendingEmails(db, {
      transport: { send: async (message) => void calls.push(message) },
      config,
      now: new Date(Date.now() + 1000),
      ids: [row!.id],
    });
    expect(result).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(calls).toHaveLength(0);
    expect(await rowsFor(to)).toMatchObject([
      { status: 'failed', lastError: expect.stringMatching(/Unknown email template/) },
    ]);
  });

  it('lets concurrent passes claim each row once', async () => {
    const tos = [1, 2, 3, 4, 5, 6].map((n) => recipient(`parallel${n}`));
    const ids: string[] = [];
    for (const to of tos) {
      ids.push(
        (await enqueueEmail(db, { to, template: 'account_deleted', locale: 'en', data: { firstName: 'A' } }))
          .id,
      );
    }
    const sent: string[] = [];
    const transport: MailTransport = {
      async send(message) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(message.to);
      },
    };
    const now = new Date(Date.now() + 1000);
    const results = await Promise.all(
      [0, 1, 2].map(() => deliverPendingEmails(db, { transport, config, now, limit: 2, ids })),
    );
    const again = await deliverPendingEmails(db, { transport, config, now, ids });
    expect(results.reduce((total, r) => total + r.sent, 0) + again.sent).toBe(tos.length);
    expect(sent.sort()).toEqual([...tos].sort());
    expect((await rowsFor(...tos)).every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });
});

describe('startMailWorker', () => {
  it('delivers after wake() and stops cleanly', async () => {
    const to = recipient('worker');
    const worker = startMailWorker(db, {
      transport: createFileTransport(outboxDir),
      config,
      intervalMs: 60_000,
    });
    try {
      // Let the first pass (which runs at start) finish, so this email waits for wake().
      await new Promise((resolve) => setTimeout(resolve, 100));
      await enqueueEmail(db, { to, template: 'password_changed', locale: 'sv', data: { firstName: 'Elsa' } });
      worker.wake();
      const deadline = Date.now() + 10_000;
      while ((await filesFor(to)).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const [file] = await filesFor(to);
      expect(file?.subject).toBe('Ditt lösenord har ändrats');
      expect(file?.html).toContain('<html lang="sv">');
    } finally {
      await worker.stop();
    }
    const [row] = await rowsFor(to);
    expect(row?.status).toBe('sent');
  });

  it('logs a pass that fails and keeps going', async () => {
    const { logger, lines } = recordingLogger();
    const broken = {
      select: () => {
        throw new Error('database is down');
      },
    } as unknown as Db;
    const worker = startMailWorker(broken, {
      transport: createFileTransport(outboxDir),
      config,
      logger,
      intervalMs: 20,
    });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await worker.stop();
    const errors = lines.filter((line) => line.message === 'mail delivery pass failed');
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });
});
