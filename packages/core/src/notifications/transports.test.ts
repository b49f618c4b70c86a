import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../lib/config';
import { renderEmail } from './templates';
import {
  createConsoleTransport,
  createFileTransport,
  createMailTransport,
  createResendTransport,
  createSmtpTransport,
  type MailMessage,
  type OutboxFile,
  ResendError,
} from './transports';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'puoti-mail-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function message(overrides: Partial<MailMessage> = {}): MailMessage {
  const rendered = renderEmail(
    { template: 'reset_password', locale: 'en', data: { firstName: 'Ann', token: 'tok123' } },
    { publicUrl: 'https://shop.example' },
  );
  return {
    ...rendered,
    to: 'ann@example.com',
    from: 'Puoti <shop@example.com>',
    template: 'reset_password',
    locale: 'en',
    ...overrides,
  };
}

const resetUrl = 'https://shop.example/en/account/reset-password?token=tok123';

interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/** Just enough of an SMTP server (RFC 5321) to take a message: EHLO/HELO, MAIL, RCPT, DATA, RSET, QUIT. */
async function startFakeSmtp(options: { rejectRecipients?: boolean } = {}) {
  const received: ReceivedMail[] = [];
  const commands: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let current: ReceivedMail = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake.example ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end === -1) return;
          current.data = buffer.slice(0, end).replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: '', to: [], data: '' };
          reply('250 2.0.0 Ok: queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.split(/[\s:]/)[0]?.toUpperCase() ?? '';
        commands.push(verb);
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        switch (verb) {
          case 'EHLO':
            reply('250-fake.example');
            reply('250 8BITMIME');
            break;
          case 'HELO':
            reply('250 fake.example');
            break;
          case 'MAIL':
            current.from = address;
            reply('250 2.1.0 Ok');
            break;
          case 'RCPT':
            if (options.rejectRecipients) {
              reply('550 5.1.1 Mailbox unavailable');
            } else {
              current.to.push(address);
              reply('250 2.1.5 Ok');
            }
            break;
          case 'DATA':
            inData = true;
            reply('354 End data with <CR><LF>.<CR><LF>');
            break;
          case 'RSET':
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 Ok');
            break;
          case 'NOOP':
            reply('250 2.0.0 Ok');
            break;
          case 'QUIT':
            reply('221 2.0.0 Bye');
            socket.end();
            return;
          default:
            reply('502 5.5.2 Command not recognized');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    commands,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Undoes quoted-printable soft line breaks and escapes (enough to search a message's body). */
function decodeQuotedPrintable(value: string): string {
  const joined = value.replace(/=\r\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

describe('SMTP transport', () => {
  it('delivers a multipart message to an SMTP server', async () => {
    const smtp = await startFakeSmtp();
    const transport = createSmtpTransport(smtp.url);
    try {
      await transport.send(message());
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail?.from).toBe('shop@example.com');
      expect(mail?.to).toEqual(['ann@example.com']);
      expect(mail?.data).toMatch(/^Subject: Reset your password\r$/m);
      expect(mail?.data).toMatch(/^To: ann@example.com\r$/m);
      expect(mail?.data).toMatch(/^From: Puoti <shop@example.com>\r$/m);
      expect(mail?.data).toMatch(/Content-Type: multipart\/alternative/);
      expect(mail?.data).toMatch(/Content-Type: text\/plain; charset=utf-8/);
      expect(mail?.data).toMatch(/Content-Type: text\/html; charset=utf-8/);
      const body = decodeQuotedPrintable(mail?.data ?? '');
      expect(body).toContain(resetUrl);
      expect(body).toContain('<html lang="en">');
      expect(smtp.commands).toEqual(expect.arrayContaining(['EHLO', 'MAIL', 'RCPT', 'DATA']));
    } finally {
      await transport.close?.();
      await smtp.close();
    }
  });

  it('encodes Finnish and Chinese text so it arrives intact', async () => {
    const smtp = await startFakeSmtp();
    const transport = createSmtpTransport(smtp.url);
    try {
      await transport.send(
        message({ subject: 'Salasanan vaihto – 重置您的密码', text: 'Hei Äijä! 您好！\n' }),
      );
      const data = smtp.received[0]?.data ?? '';
      expect(data).toMatch(/^Subject: =\?UTF-8\?/m);
      const textPart = data.split(/Content-Type: text\/plain; charset=utf-8\r\n/)[1] ?? '';
      const [headers = '', ...rest] = textPart.split('\r\n\r\n');
      const encodedBody = rest.join('\r\n\r\n').split('\r\n--')[0] ?? '';
      const decoded = /base64/i.test(headers)
        ? Buffer.from(encodedBody, 'base64').toString('utf8')
        : decodeQuotedPrintable(encodedBody);
      expect(decoded).toContain('Hei Äijä! 您好！');
    } finally {
      await transport.close?.();
      await smtp.close();
    }
  });

  it('throws when the server refuses the message', async () => {
    const smtp = await startFakeSmtp({ rejectRecipients: true });
    const transport = createSmtpTransport(smtp.url);
    try {
      await expect(transport.send(message())).rejects.toThrow(/550|Mailbox unavailable|recipients/i);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await transport.close?.();
      await smtp.close();
    }
  });

  it('throws when no server answers', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    await expect(transport.send(message())).rejects.toThrow();
    await transport.close?.();
  });
});

interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

async function startFakeResend(answer: (request: ReceivedRequest) => { status: number; body: unknown }) {
  const requests: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: raw ? (JSON.parse(raw) as unknown) : null,
      };
      requests.push(request);
      const { status, body } = answer(request);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('Resend transport', () => {
  it('posts the email to /emails with the API key', async () => {
    const api = await startFakeResend(() => ({ status: 200, body: { id: 'email_123' } }));
    try {
      const transport = createResendTransport({ apiKey: 're_test_key', baseUrl: api.baseUrl });
      const sent = message({ id: '0b6f2a4e-2f0e-4a8e-9d43-6f7f4d1f0c11' });
      await transport.send(sent);
      expect(api.requests).toHaveLength(1);
      const [request] = api.requests;
      expect(request?.method).toBe('POST');
      expect(request?.url).toBe('/emails');
      expect(request?.headers.authorization).toBe('Bearer re_test_key');
      expect(request?.headers['content-type']).toBe('application/json');
      expect(request?.headers['idempotency-key']).toBe('puoti-email/0b6f2a4e-2f0e-4a8e-9d43-6f7f4d1f0c11');
      expect(request?.body).toMatchObject({
        from: 'Puoti <shop@example.com>',
        to: 'ann@example.com',
        subject: 'Reset your password',
        html: sent.html,
        text: sent.text,
      });
      expect((request?.body as { text?: string } | undefined)?.text).toContain(resetUrl);
    } finally {
      await api.close();
    }
  });

  it('is what MAIL_TRANSPORT=resend builds, with RESEND_BASE_URL', async () => {
    const api = await startFakeResend(() => ({ status: 200, body: { id: 'email_456' } }));
    try {
      const config = parseConfig({
        MAIL_TRANSPORT: 'resend',
        RESEND_API_KEY: 're_from_env',
        RESEND_BASE_URL: `${api.baseUrl}/`,
      });
      await createMailTransport(config.mail).send(message());
      expect(api.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
        ['/emails', 'Bearer re_from_env'],
      ]);
      expect(api.requests[0]?.headers['idempotency-key']).toBeUndefined();
    } finally {
      await api.close();
    }
  });

  it('throws when the API answers an error', async () => {
    const api = await startFakeResend(() => ({
      status: 422,
      body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' },
    }));
    try {
      const transport = createResendTransport({ apiKey: 're_test_key', baseUrl: api.baseUrl });
      const error = await transport.send(message()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ResendError);
      expect(error).toMatchObject({ statusCode: 422, errorName: 'validation_error' });
      expect((error as Error).message).toContain('Invalid `to` field.');
    } finally {
      await api.close();
    }
  });

  it('throws when the API cannot be reached', async () => {
    const api = await startFakeResend(() => ({ status: 200, body: {} }));
    const { baseUrl } = api;
    await api.close();
    const transport = createResendTransport({ apiKey: 're_test_key', baseUrl });
    await expect(transport.send(message())).rejects.toThrow(ResendError);
  });
});

describe('console transport', () => {
  it('prints the whole text part with working links', async () => {
    let printed = '';
    const transport = createConsoleTransport({ write: (chunk) => (printed += chunk) });
    const sent = message();
    await transport.send(sent);
    expect(printed).toContain('To: ann@example.com');
    expect(printed).toContain('Subject: Reset your password');
    expect(printed).toContain(sent.text.trimEnd());
    expect(printed).toContain(resetUrl);
  });
});

describe('file transport', () => {
  it('writes one JSON file per message into a folder it creates', async () => {
    const dir = path.join(workDir, 'nested', 'outbox');
    const transport = createFileTransport(dir);
    const first = message();
    await transport.send(first);
    await transport.send(message({ to: 'bo@example.com' }));
    const names = (await readdir(dir)).sort();
    expect(names).toHaveLength(2);
    for (const name of names)
      expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[0-9a-f]{12}\.json$/);
    const files = await Promise.all(
      names.map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as OutboxFile),
    );
    const mine = files.find((file) => file.to === 'ann@example.com');
    expect(mine).toEqual({
      to: 'ann@example.com',
      from: 'Puoti <shop@example.com>',
      subject: first.subject,
      html: first.html,
      text: first.text,
      template: 'reset_password',
      locale: 'en',
      createdAt: expect.any(String),
    });
  });

  it('is what MAIL_TRANSPORT=file builds, writing into MAIL_OUTBOX_DIR', async () => {
    const dir = path.join(workDir, 'from-config');
    const config = parseConfig({ MAIL_TRANSPORT: 'file', MAIL_OUTBOX_DIR: dir });
    await createMailTransport(config.mail).send(message());
    expect(await readdir(dir)).toHaveLength(1);
  });
});

describe('createMailTransport', () => {
  it('builds SMTP from SMTP_URL', async () => {
    const smtp = await startFakeSmtp();
    try {
      const config = parseConfig({ SMTP_URL: smtp.url });
      expect(config.mail.transport).toBe('smtp');
      const transport = createMailTransport(config.mail);
      await transport.send(message());
      await transport.close?.();
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it('refuses a transport without its settings', () => {
    const mail = parseConfig({}).mail;
    expect(() => createMailTransport({ ...mail, transport: 'smtp' })).toThrow(/SMTP_URL/);
    expect(() => createMailTransport({ ...mail, transport: 'resend' })).toThrow(/RESEND_API_KEY/);
  });
});
