import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { Resend } from 'resend';
import type { Config } from '../lib/config';

export interface MailMessage {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  /** The template and locale it was rendered from (the file transport records them). */
  template?: string;
  locale?: string;
  /** A stable id for this email (the outbox row id): Resend uses it to drop duplicate retries. */
  id?: string;
}

export interface MailTransport {
  /** Resolves once the message was handed over; throws when it was not (delivery retries later). */
  send(message: MailMessage): Promise<void>;
  /** Releases connections, if the transport holds any. */
  close?(): Promise<void>;
}

export type MailConfig = Config['mail'];
export type MailLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

/**
 * Development default: prints each whole message (text part, so links can be clicked from the terminal).
 * The logger gets a one-line note without the body; the message itself goes to `write` (stdout).
 */
export function createConsoleTransport(
  options: { logger?: MailLogger; write?: (chunk: string) => void } = {},
): MailTransport {
  const write = options.write ?? ((chunk: string) => process.stdout.write(chunk));
  return {
    async send(message) {
      const rule = '-'.repeat(72);
      write(
        [
          rule,
          `To: ${message.to}`,
          `From: ${message.from}`,
          `Subject: ${message.subject}`,
          ...(message.template ? [`Template: ${message.template} (${message.locale ?? '?'})`] : []),
          '',
          message.text.trimEnd(),
          rule,
          '',
        ].join('\n'),
      );
      options.logger?.info(
        { template: message.template },
        'email printed to the console (MAIL_TRANSPORT=console)',
      );
    },
  };
}

/** Written by the file transport, one JSON file per message. */
export interface OutboxFile {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  template: string | null;
  locale: string | null;
  createdAt: string;
}

/**
 * Writes each message as `<dir>/<ISO time>-<random>.json` (colons in the time become dashes so the name is
 * valid everywhere; names still sort by time). Written to a temporary name and renamed, so a reader never
 * sees half a file.
 */
export function createFileTransport(dir: string): MailTransport {
  return {
    async send(message) {
      await mkdir(dir, { recursive: true });
      const createdAt = new Date().toISOString();
      const name = `${createdAt.replace(/:/g, '-')}-${randomBytes(6).toString('hex')}.json`;
      const file: OutboxFile = {
        to: message.to,
        from: message.from,
        subject: message.subject,
        html: message.html,
        text: message.text,
        template: message.template ?? null,
        locale: message.locale ?? null,
        createdAt,
      };
      const target = path.join(dir, name);
      await writeFile(`${target}.tmp`, `${JSON.stringify(file, null, 2)}\n`);
      await rename(`${target}.tmp`, target);
    },
  };
}

/**
 * SMTP through nodemailer; the URL carries host, port, TLS and credentials (smtp:// or smtps://).
 * nodemailer (about 15 MB of resident memory) is loaded with the first message, so a shop that sends
 * through another transport never loads it.
 */
export function createSmtpTransport(url: string): MailTransport {
  let transporter: Promise<Transporter> | undefined;
  const connect = async (): Promise<Transporter> => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      url,
      // Bounded so a stuck server cannot hold a delivery pass past its lease on the outbox rows.
      connectionTimeout: 20_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
  };
  return {
    async send(message) {
      transporter ??= connect();
      await (await transporter).sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
      });
    },
    async close() {
      if (transporter) (await transporter).close();
    },
  };
}

export class ResendError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null,
    readonly errorName: string | undefined,
  ) {
    super(message);
    this.name = 'ResendError';
  }
}

/**
 * Resend's HTTP API. `baseUrl` points it elsewhere (tests use a local fake server); without it the SDK
 * uses RESEND_BASE_URL or https://api.resend.com. The SDK answers errors instead of throwing: they are
 * thrown here so delivery retries.
 */
export function createResendTransport(options: {
  apiKey: string;
  baseUrl?: string | undefined;
}): MailTransport {
  const resend = new Resend(
    options.apiKey,
    options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {},
  );
  return {
    async send(message) {
      const { error } = await resend.emails.send(
        {
          from: message.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
        },
        message.id ? { idempotencyKey: `puoti-email/${message.id}` } : {},
      );
      if (error) {
        throw new ResendError(
          `Resend refused the email: ${error.message}`,
          error.statusCode ?? null,
          error.name,
        );
      }
    },
  };
}

/** The transport MAIL_TRANSPORT asks for. */
export function createMailTransport(mail: MailConfig, logger?: MailLogger): MailTransport {
  switch (mail.transport) {
    case 'console':
      return createConsoleTransport(logger ? { logger } : {});
    case 'file':
      return createFileTransport(mail.outboxDir);
    case 'smtp':
      if (!mail.smtpUrl) throw new Error('MAIL_TRANSPORT=smtp needs SMTP_URL');
      return createSmtpTransport(mail.smtpUrl);
    case 'resend':
      if (!mail.resendApiKey) throw new Error('MAIL_TRANSPORT=resend needs RESEND_API_KEY');
      return createResendTransport({ apiKey: mail.resendApiKey, baseUrl: mail.resendBaseUrl });
  }
}
