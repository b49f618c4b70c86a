import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export type ContentEncoding = 'br' | 'gzip';

/** A stored body in every encoding it is sent in: compressed once when stored, never per request. */
export interface EncodedBody {
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/** The encodings a client names in Accept-Encoding, with their q-values (1 when not given). */
export function acceptedEncodings(header: string | undefined): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name.trim() !== '') accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  return accepted;
}

/**
 * The encoding to send a stored body in: of brotli and gzip, the one the client weighs highest (q=0
 * refuses). A coding it names beats one it only accepts through `*`; among named ones brotli wins a tie,
 * among those taken through `*` gzip does (any client decodes it). Null means uncompressed.
 */
export function preferredEncoding(header: string | undefined): ContentEncoding | null {
  if (!header) return null;
  let known = preferred.get(header);
  if (known === undefined) {
    // Clients send a handful of distinct headers; a flood of odd ones only resets the memo.
    if (preferred.size >= maxRemembered) preferred.clear();
    known = negotiate(header);
    preferred.set(header, known);
  }
  return known;
}

/** Answers by Accept-Encoding value: a cached answer is sent tens of thousands of times a second. */
const preferred = new Map<string, ContentEncoding | null>();
const maxRemembered = 256;

function negotiate(header: string): ContentEncoding | null {
  const accepted = acceptedEncodings(header);
  const wildcard = accepted.get('*') ?? 0;
  const ranked = (['br', 'gzip'] as const)
    .map((name) => {
      const named = accepted.get(name);
      const preferredOnTie = named === undefined ? name === 'gzip' : name === 'br';
      return { name, weight: named ?? wildcard, rank: [named === undefined ? 0 : 1, preferredOnTie ? 1 : 0] };
    })
    .filter((candidate) => candidate.weight > 0)
    .sort((a, b) => b.weight - a.weight || b.rank[0]! - a.rank[0]! || b.rank[1]! - a.rank[1]!);
  return ranked[0]?.name ?? null;
}

/**
 * Compresses a body for storing, in zlib's thread pool. Brotli quality 11 suits what is compressed once
 * and sent for a year (built assets); 9 is nearly as small at a fraction of the time for what a catalogue
 * change replaces.
 */
export async function encodeBody(identity: Buffer, brotliQuality: 9 | 11 = 9): Promise<EncodedBody> {
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(identity, { level: zlib.Z_BEST_COMPRESSION }),
    brotliAsync(identity, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: brotliQuality, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
  ]);
  return { identity, gzip: gzipped, br: brotli };
}

/** What a stored body holds in memory: every encoding of it. */
export function encodedBytes(body: EncodedBody): number {
  return body.identity.length + body.gzip.length + body.br.length;
}

/** The bytes to send and their Content-Encoding (none for identity). */
export function encodedFor(
  body: EncodedBody,
  acceptEncoding: string | undefined,
): { bytes: Buffer; encoding: ContentEncoding | null } {
  const encoding = preferredEncoding(acceptEncoding);
  return { bytes: encoding ? body[encoding] : body.identity, encoding };
}
