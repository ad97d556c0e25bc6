// Reads single entries of a zip file that is not in memory: the central directory at the end says
// where each entry is, so a restore reads the manifest, each table and each document on its own
// and never holds the whole file. fflate inflates; it has no reader for a file read in parts.
// Only what backups use is read: stored and deflated entries, no 64-bit extension (a backup is
// under 4 GB), no encryption.
import { inflateSync } from 'fflate';

/** A file read by ranges: main's backup file over IPC, or bytes in memory. */
export interface RangeReader {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The file is not a zip this reader can read, or its directory is damaged. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const endRecordSignature = 0x06054b50;
const centralHeaderSignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const endRecordLength = 22;
const longestComment = 0xffff;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

export function memoryRangeReader(bytes: Uint8Array): RangeReader {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

async function readExactly(file: RangeReader, offset: number, length: number): Promise<Uint8Array> {
  if (offset < 0 || length < 0 || offset + length > file.size) throw new ZipFormatError('A zip entry points outside the file.');
  const bytes = await file.read(offset, length);
  if (bytes.length !== length) throw new ZipFormatError('Part of the file could not be read.');
  return bytes;
}

/** The entries named in the central directory, by name; a name listed twice is damage. */
export async function readZipDirectory(file: RangeReader): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(file.size, endRecordLength + longestComment);
  const tail = await readExactly(file, file.size - tailLength, tailLength);
  let end = -1;
  for (let at = tail.length - endRecordLength; at >= 0; at -= 1) {
    if (u32(tail, at) === endRecordSignature) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('The zip has no end record.');
  const count = u16(tail, end + 10);
  const directorySize = u32(tail, end + 12);
  const directoryOffset = u32(tail, end + 16);
  const directory = await readExactly(file, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || u32(directory, at) !== centralHeaderSignature)
      throw new ZipFormatError('The zip directory is damaged.');
    const nameLength = u16(directory, at + 28);
    const next = at + 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
    if (next > directory.length) throw new ZipFormatError('The zip directory is damaged.');
    let name: string;
    try {
      name = decoder.decode(directory.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw new ZipFormatError('A zip entry has a name that is not text.');
    }
    if (entries.has(name)) throw new ZipFormatError(`The zip lists ${name} twice.`);
    entries.set(name, {
      name,
      method: u16(directory, at + 10),
      compressedSize: u32(directory, at + 20),
      size: u32(directory, at + 24),
      localHeaderOffset: u32(directory, at + 42),
    });
    at = next;
  }
  return entries;
}

/** One entry's bytes, inflated; at most `maxBytes` long (a directory may claim anything). */
export async function readZipEntry(file: RangeReader, entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  if (entry.size > maxBytes) throw new ZipFormatError(`${entry.name} is larger than a backup's part can be.`);
  const header = await readExactly(file, entry.localHeaderOffset, 30);
  if (u32(header, 0) !== localHeaderSignature) throw new ZipFormatError(`${entry.name} is not where the directory says.`);
  const dataStart = entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
  const data = await readExactly(file, dataStart, entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipFormatError(`${entry.name} has two different sizes.`);
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} is compressed in a way backups never are.`);
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(data, { out: new Uint8Array(entry.size) });
  } catch {
    throw new ZipFormatError(`${entry.name} does not decompress.`);
  }
  if (inflated.length !== entry.size) throw new ZipFormatError(`${entry.name} is not the size the directory says.`);
  return inflated;
}
