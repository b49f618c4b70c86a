import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../lib/app-error';

export const minPasswordLength = 10;
export const maxPasswordLength = 256;

/**
 * OWASP's argon2id baseline (19 MiB, 2 passes; the library's default algorithm is argon2id), which takes
 * ~30-60 ms here: slow for guessing, fine per login.
 */
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The ~49,000 most common passwords (zxcvbn's list), lowercased once. Loaded with the first password
 * that is set, not at startup: the word lists take about 14 MB of resident memory, and a server that
 * only signs people in never needs them.
 */
let commonPasswords: Promise<Set<string>> | undefined;
function loadCommonPasswords(): Promise<Set<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) =>
      new Set((dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase())),
  );
  return commonPasswords;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, computed once: checking a login against it when the email has no
 * account takes as long as a real check, so timing does not tell whether an account exists.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordCheck(password: string): Promise<boolean> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash.then((decoy) => verifyPassword(decoy, password));
}

/** Why a password was refused: the `reason` of its VALIDATION_FAILED detail. */
export type PasswordRefusal =
  | 'too_short'
  | 'too_long'
  | 'too_common'
  | 'is_email'
  | 'repeated_character'
  | 'same_as_current'
  | 'wrong_password';

/** Refuses passwords that are too short, too long, on the common-password list, or the email itself. */
export async function assertAcceptablePassword(
  password: string,
  context: { email?: string; field?: string } = {},
): Promise<void> {
  const field = context.field ?? 'password';
  // `reason` is for clients that explain the refusal in their own language; `message` is for people.
  const refuse = (reason: PasswordRefusal, message: string) => {
    throw new AppError('VALIDATION_FAILED', 'Please choose another password.', [{ field, message, reason }]);
  };
  if ([...password].length < minPasswordLength)
    refuse('too_short', `must be at least ${minPasswordLength} characters`);
  if (password.length > maxPasswordLength)
    refuse('too_long', `must be at most ${maxPasswordLength} characters`);
  const lowered = password.toLowerCase();
  if ((await loadCommonPasswords()).has(lowered))
    refuse('too_common', 'is too common: it appears on lists of leaked passwords');
  if (
    context.email &&
    (lowered === context.email.toLowerCase() || lowered === context.email.split('@')[0]?.toLowerCase())
  ) {
    refuse('is_email', 'must not be your email address');
  }
  if (/^(.)\1+$/u.test(password)) refuse('repeated_character', 'must not repeat one character');
}
