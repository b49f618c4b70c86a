/**
 * `npm run admin:create -- --email owner@example.com [--first-name Aino] [--last-name Kauppinen]`
 * Creates an administrator, or promotes an existing account, with a password typed at the prompt (or
 * piped on stdin). There is never a default password. With the embedded database the shop must be
 * stopped first: only one process may open its data folder.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AppError, closeDatabase, DataDirLockedError, loadConfig, prepareDatabase } from '@puoti/core';
import { createAdmin } from '@puoti/core/accounts';

const { values } = parseArgs({
  options: { email: { type: 'string' }, 'first-name': { type: 'string' }, 'last-name': { type: 'string' } },
});
if (!values.email) {
  console.error('Usage: npm run admin:create -- --email you@example.com [--first-name A] [--last-name B]');
  process.exit(2);
}

/** Reads a line without echoing it when a person is typing; takes the first line of piped input otherwise. */
function readPassword(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    const output = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WritableStream };
    output._writeToOutput = (text: string) => {
      output.output.write(text.startsWith(prompt) ? prompt : '');
    };
  }
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write('\n');
      resolve(answer);
    });
  });
}

const password = await readPassword('Password for the admin (at least 10 characters): ');
if (process.stdin.isTTY && (await readPassword('Once more: ')) !== password) {
  console.error('The passwords differ; nothing was changed.');
  process.exit(2);
}

try {
  const { database } = await prepareDatabase({ ...loadConfig(), demo: false });
  const { user, created } = await createAdmin(database.db, {
    email: values.email,
    password,
    firstName: values['first-name'],
    lastName: values['last-name'],
  });
  console.log(created ? `Created administrator ${user.email}.` : `${user.email} is now an administrator.`);
  await closeDatabase();
} catch (error) {
  if (error instanceof DataDirLockedError) console.error(`${error.message}`);
  else if (error instanceof AppError) {
    const details = Array.isArray(error.details)
      ? error.details.map((d: { message?: string }) => d.message).join(', ')
      : '';
    console.error(`${error.message}${details ? ` (${details})` : ''}`);
  } else throw error;
  process.exit(1);
}
