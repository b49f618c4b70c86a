import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Executor } from '../db/client';
import { AppError, notFound } from '../lib/app-error';
import { isValidPostalCode, normalizePostalCode, shippingCountries } from './postal-codes';
import { addresses } from './schema';

const optionalText = z.string().trim().max(200).nullable().optional();

const ZAddressFields = z.object({
  fullName: z.string().trim().min(1, 'is required').max(200),
  company: optionalText,
  line1: z.string().trim().min(1, 'is required').max(200),
  line2: optionalText,
  postalCode: z.string().trim().min(2, 'is required').max(16),
  city: z.string().trim().min(1, 'is required').max(100),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(
      (country) => shippingCountries.includes(country),
      'must be an EU country code (ISO 3166-1 alpha-2)',
    ),
  phone: z
    .string()
    .trim()
    .max(32)
    .regex(/^\+?[0-9 ()-]{5,}$/, 'must be a phone number')
    .nullable()
    .optional(),
});

function checkPostalCode<T extends { country?: string; postalCode?: string }>(
  address: T,
  context: z.RefinementCtx,
) {
  if (address.country && address.postalCode && !isValidPostalCode(address.country, address.postalCode)) {
    context.addIssue({
      code: 'custom',
      path: ['postalCode'],
      message: `is not a valid postal code in ${address.country}`,
    });
  }
}

/** An address as clients send it (also the shape of an order's inline address). */
export const ZAddress = ZAddressFields.superRefine(checkPostalCode);
export type TAddress = z.infer<typeof ZAddress>;

const defaults = { isDefaultShipping: z.boolean().optional(), isDefaultBilling: z.boolean().optional() };
export const ZAddressInput = ZAddressFields.extend(defaults).superRefine(checkPostalCode);
export type TAddressInput = z.infer<typeof ZAddressInput>;
export const ZAddressPatch = ZAddressFields.partial().extend(defaults);
export type TAddressPatch = z.infer<typeof ZAddressPatch>;

export type AddressView = Omit<typeof addresses.$inferSelect, 'userId'>;

function toView({ userId: _owner, ...address }: typeof addresses.$inferSelect): AddressView {
  return address;
}

export async function listAddresses(db: Executor, userId: string): Promise<AddressView[]> {
  const rows = await db
    .select()
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.isDefaultShipping), asc(addresses.createdAt));
  return rows.map(toView);
}

/** Someone else's address answers exactly like a missing one. */
export async function getAddress(db: Executor, userId: string, id: string): Promise<AddressView> {
  if (!z.uuid().safeParse(id).success) throw notFound('Address');
  const [row] = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.id, id), eq(addresses.userId, userId)));
  if (!row) throw notFound('Address');
  return toView(row);
}

/** Clears the user's other defaults first: the partial unique indexes allow one of each. */
async function clearDefaults(
  tx: Executor,
  userId: string,
  input: { isDefaultShipping?: boolean; isDefaultBilling?: boolean },
) {
  if (input.isDefaultShipping) {
    await tx
      .update(addresses)
      .set({ isDefaultShipping: false })
      .where(and(eq(addresses.userId, userId), eq(addresses.isDefaultShipping, true)));
  }
  if (input.isDefaultBilling) {
    await tx
      .update(addresses)
      .set({ isDefaultBilling: false })
      .where(and(eq(addresses.userId, userId), eq(addresses.isDefaultBilling, true)));
  }
}

const maxAddresses = 50;

export async function createAddress(db: Db, userId: string, input: TAddressInput): Promise<AddressView> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: addresses.id })
      .from(addresses)
      .where(eq(addresses.userId, userId));
    if (existing.length >= maxAddresses) {
      throw new AppError('CONFLICT', `An address book holds at most ${maxAddresses} addresses.`);
    }
    // The first address becomes the default for both, so checkout always has one to offer.
    const first = existing.length === 0;
    const flags = {
      isDefaultShipping: input.isDefaultShipping ?? first,
      isDefaultBilling: input.isDefaultBilling ?? first,
    };
    await clearDefaults(tx, userId, flags);
    const [row] = await tx
      .insert(addresses)
      .values({
        ...input,
        ...flags,
        userId,
        postalCode: normalizePostalCode(input.country, input.postalCode),
      })
      .returning();
    if (!row) throw new Error('address insert returned nothing');
    return toView(row);
  });
}

export async function updateAddress(
  db: Db,
  userId: string,
  id: string,
  patch: TAddressPatch,
): Promise<AddressView> {
  return db.transaction(async (tx) => {
    const current = await getAddress(tx, userId, id);
    const merged = { ...current, ...patch };
    const parsed = ZAddress.safeParse(merged);
    if (!parsed.success) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Some of the address is not valid.',
        parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      );
    }
    await clearDefaults(tx, userId, patch);
    const [row] = await tx
      .update(addresses)
      .set({ ...patch, postalCode: normalizePostalCode(merged.country, merged.postalCode) })
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
      .returning();
    if (!row) throw notFound('Address');
    return toView(row);
  });
}

export async function deleteAddress(db: Executor, userId: string, id: string): Promise<void> {
  await getAddress(db, userId, id);
  await db.delete(addresses).where(and(eq(addresses.id, id), eq(addresses.userId, userId)));
}
