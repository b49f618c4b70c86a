import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';

/** An email as the server's file transport writes it. */
export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  template: string | null;
}

/**
 * The newest email of a template to an address, waiting for the mail worker to send it. `after` is how
 * many such emails there were before: it waits for one more (a second reset link, say).
 */
export async function waitForMail(to: string, template: string, after = 0): Promise<OutboxMail> {
  const outboxDir = inject('outboxDir');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const names = (await readdir(outboxDir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
    const found: OutboxMail[] = [];
    for (const name of names.sort()) {
      const mail = JSON.parse(await readFile(path.join(outboxDir, name), 'utf8')) as OutboxMail;
      if (mail.to === to && mail.template === template) found.push(mail);
    }
    if (found.length > after) return found[found.length - 1] as OutboxMail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No ${template} email to ${to} in ${outboxDir}`);
}
