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

/** The encodings a client accepts, from Accept-Encoding (q=0 refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    if (name !== '' && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name.trim());
  }
  return accepted;
}

/** Brotli when accepted, then gzip (also for `*`); null means the body goes uncompressed. */
export function preferredEncoding(header: string | undefined): ContentEncoding | null {
  if (!header) return null;
  const accepted = acceptedEncodings(header);
  return accepted.has('br') ? 'br' : accepted.has('gzip') || accepted.has('*') ? 'gzip' : null;
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

/** The bytes to send and their Content-Encoding (none for identity). */
export function encodedFor(
  body: EncodedBody,
  acceptEncoding: string | undefined,
): { bytes: Buffer; encoding: ContentEncoding | null } {
  const encoding = preferredEncoding(acceptEncoding);
  return { bytes: encoding ? body[encoding] : body.identity, encoding };
}
