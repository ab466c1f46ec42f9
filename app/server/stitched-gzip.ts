// A stored page is the same for every visitor but for a few bytes: its CSP nonce and its form-key seed. Compressing
// the whole page for each visitor was most of the cost of serving it (1,500 pages/s instead of tens of thousands). So
// the fixed parts are compressed once, and each answer stitches them around the visitor's own secrets into one valid
// gzip body (RFC 1951/1952): each part is a raw deflate stream ended by a sync flush (byte-aligned, not final, and
// referring to nothing before it), the secrets go in as stored blocks, and a final empty block and the CRC end it.
// Brotli streams cannot be stitched like this; every browser accepts gzip.
import { constants, crc32, deflateRawSync } from "node:zlib";

const gzipHeader = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/** A final stored block of length 0: ends the deflate stream. */
const finalBlock = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/** A non-final stored block holding `data` (at most 65,535 bytes: secrets are a few dozen). */
function storedBlock(data: Buffer) {
  const length = data.length;
  const header = Buffer.from([0x00, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff]);
  return Buffer.concat([header, data]);
}

export type StitchedGzip = (holes: Buffer[]) => Buffer;

/** Compresses `parts` once; the function it returns makes the gzip body of parts[0] holes[0] parts[1] holes[1] ... */
export function stitchedGzip(parts: Buffer[]): StitchedGzip {
  const compressed = parts.map((part) => deflateRawSync(part, { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
  return (holes) => {
    const chunks: Buffer[] = [gzipHeader];
    let crc = 0;
    let size = 0;
    parts.forEach((part, index) => {
      chunks.push(compressed[index] ?? Buffer.alloc(0));
      crc = crc32(part, crc);
      size += part.length;
      const hole = holes[index];
      if (hole && index < parts.length - 1) {
        chunks.push(storedBlock(hole));
        crc = crc32(hole, crc);
        size += hole.length;
      }
    });
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(size >>> 0, 4);
    chunks.push(finalBlock, trailer);
    return Buffer.concat(chunks);
  };
}
