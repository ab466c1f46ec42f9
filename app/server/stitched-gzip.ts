// A stored page is the same for every visitor but for a few bytes: its CSP nonce and its form-key seed. Compressing
// the whole page for each visitor was most of the cost of serving it (1,500 pages/s instead of tens of thousands). So
// the fixed parts are compressed once, and each answer stitches them around the visitor's own secrets into one valid
// gzip body (RFC 1951/1952): each part is a raw deflate stream ended by a sync flush (byte-aligned, not final, and
// referring to nothing before it), the secrets go in as stored blocks, and a final empty block and the CRC end it.
// Brotli streams cannot be stitched like this; every browser accepts gzip.
import { constants, crc32, deflateRawSync } from "node:zlib";
import { BoundedMap } from "~/utils/bounded-map";

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
  // The CRC of the whole is combined from the parts' CRCs, worked out once, and the holes' (the CRC of a 37 KB page
  // over again for each answer was 5 % of the time of serving it).
  const partCrcs = parts.map((part) => crc32(part));
  return (holes) => {
    const chunks: Buffer[] = [gzipHeader];
    let crc = 0;
    let size = 0;
    parts.forEach((part, index) => {
      chunks.push(compressed[index] ?? Buffer.alloc(0));
      crc = crc32Combine(crc, partCrcs[index] ?? 0, part.length);
      size += part.length;
      const hole = holes[index];
      if (hole && index < parts.length - 1) {
        chunks.push(storedBlock(hole));
        crc = crc32Combine(crc, crc32(hole), hole.length);
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

// ---- CRC-32 of two pieces from their own CRCs (zlib's crc32_combine) ----------------------------------------
// A CRC is linear over GF(2): appending n bytes to A maps crc(A) through a fixed 32x32 bit matrix, the "shift" by n
// bytes, so crc(A + B) = shift(|B|)(crc(A)) xor crc(B). A matrix is 32 columns, the images of the CRC's 32 bits.
type Matrix = Uint32Array;

function times(matrix: Matrix, vector: number) {
  let sum = 0;
  for (let bit = 0, rest = vector >>> 0; rest !== 0; bit++, rest >>>= 1) if (rest & 1) sum ^= matrix[bit] ?? 0;
  return sum >>> 0;
}

/** `first` then `second`, as one matrix. */
function then(first: Matrix, second: Matrix): Matrix {
  return Uint32Array.from(first, (column) => times(second, column));
}

/** The shift by one zero bit: the reflected CRC-32 polynomial for bit 0, the other bits move down by one. */
const oneBit: Matrix = Uint32Array.from({ length: 32 }, (_, bit) => (bit === 0 ? 0xedb88320 : 1 << (bit - 1)));
const oneByte = [1, 2, 3].reduce((matrix) => then(matrix, matrix), oneBit);
const identity: Matrix = Uint32Array.from({ length: 32 }, (_, bit) => (1 << bit) >>> 0);
// Bounded: lengths come from stored pages, which are bounded too.
const shifts = new BoundedMap<number, Matrix>(10_000);

/** The shift by `bytes` bytes, by squaring; a page's parts and secrets have few lengths, each made once. */
function shiftBy(bytes: number): Matrix {
  return shifts.remember(bytes, () => {
    let shift = identity;
    for (let power = oneByte, rest = bytes; rest > 0; power = then(power, power), rest = Math.floor(rest / 2)) {
      if (rest % 2 === 1) shift = then(shift, power);
    }
    return shift;
  });
}

/** The CRC-32 of A followed by B, from crc(A), crc(B) and B's length. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number) {
  return (times(shiftBy(lengthB), crcA) ^ crcB) >>> 0;
}
