// "Keep both" naming, as file managers do: "Packet.pdf", then "Packet (2).pdf", "Packet (3).pdf".

/** Splits "Packet.final.pdf" into "Packet.final" and ".pdf"; a name with no extension keeps it whole. */
export function splitExtension(fileName: string): { stem: string; extension: string } {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return { stem: fileName, extension: '' };
  return { stem: fileName.slice(0, dot), extension: fileName.slice(dot) };
}

/** The candidate names in the order they are tried. */
export function numberedFileName(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const { stem, extension } = splitExtension(fileName);
  return `${stem} (${n})${extension}`;
}

/** More than this many copies of one name means something else is wrong. */
const maxCopies = 10_000;

/** The first of `fileName`, `fileName (2)`, ... for which `taken` says no. */
export async function freeFileName(fileName: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; n <= maxCopies; n += 1) {
    const candidate = numberedFileName(fileName, n);
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`There are already ${maxCopies} files named like "${fileName}" in this folder.`);
}

/**
 * The name with one of `extensions` (lower case, no dot): kept when it already ends in one
 * (in any case), otherwise the first is added, so "Packet" saves as "Packet.pdf".
 */
export function withExtension(fileName: string, extensions: readonly string[]): string {
  const { extension } = splitExtension(fileName);
  const current = extension.slice(1).toLowerCase();
  if (extensions.includes('*') || (current !== '' && extensions.includes(current))) return fileName;
  const first = extensions[0];
  return first ? `${fileName}.${first}` : fileName;
}
