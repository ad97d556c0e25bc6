// Reading EBML, the element format of Matroska and WebM: each element is a variable-length id, a
// variable-length size, then its data. Shared by the WebM probe (webm.ts) and the reading of a
// recorder's blocks for its length (webm-length.ts). Every reader stops at the file's end.
import { asciiAt } from './bytes';

export interface EbmlElement {
  id: number;
  /** Where its data starts and ends (the end cut to the parent for a cut file or an unknown size). */
  start: number;
  end: number;
  unknownSize: boolean;
}

/** Elements looked at in one parent before giving up: real headers have a few dozen. */
const maxElementsPerParent = 256;

/** A variable-length integer's byte count, from the position of its first set bit (0 when none). */
export function vintLength(first: number, maxLength: number): number {
  for (let length = 1; length <= maxLength; length += 1) if (first & (0x100 >> length)) return length;
  return 0;
}

export function readElement(bytes: Uint8Array, offset: number, parentEnd: number): EbmlElement | null {
  const idLength = vintLength(bytes[offset] ?? 0, 4);
  if (idLength === 0 || offset + idLength >= parentEnd) return null;
  let id = 0;
  for (let i = 0; i < idLength; i += 1) id = id * 256 + bytes[offset + i]!;
  const sizeAt = offset + idLength;
  const sizeLength = vintLength(bytes[sizeAt]!, 8);
  if (sizeLength === 0 || sizeAt + sizeLength > parentEnd) return null;
  let size = bytes[sizeAt]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i += 1) {
    const byte = bytes[sizeAt + i]!;
    size = size * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  const start = sizeAt + sizeLength;
  // Sizes past 2^53 cannot be exact; they are as good as "to the end" for a cut-down reader.
  const end = allOnes || !Number.isSafeInteger(size) ? parentEnd : Math.min(start + size, parentEnd);
  return { id, start, end, unknownSize: allOnes };
}

/** The elements directly inside [start, end), at most maxElementsPerParent of them. */
export function* children(bytes: Uint8Array, start: number, end: number): Generator<EbmlElement> {
  let offset = start;
  for (let count = 0; count < maxElementsPerParent && offset < end; count += 1) {
    const element = readElement(bytes, offset, end);
    if (element === null) return;
    yield element;
    // An element of unknown size runs to its parent's end (see readElement), which ends the walk.
    offset = element.end;
  }
}

export function readUint(bytes: Uint8Array, element: EbmlElement): number | null {
  const length = element.end - element.start;
  if (length < 1 || length > 6) return null;
  let value = 0;
  for (let i = element.start; i < element.end; i += 1) value = value * 256 + bytes[i]!;
  return value;
}

export function readFloat(bytes: Uint8Array, element: EbmlElement): number | null {
  const length = element.end - element.start;
  if (length !== 4 && length !== 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + element.start, length);
  return length === 4 ? view.getFloat32(0) : view.getFloat64(0);
}

export function readText(bytes: Uint8Array, element: EbmlElement): string | null {
  const text = asciiAt(bytes, element.start, Math.min(element.end - element.start, 64));
  return text === null ? null : text.replace(/\0+$/, '');
}
