// Pages the packet adds itself: an attached image on its own page with a caption, and a page
// that stands in for an attachment that could not be included, saying so by name.
import { rgb, type PDFDocument, type PDFFont, type PDFImage } from 'pdf-lib';

/** US Letter in points. */
export const letter = { width: 612, height: 792 } as const;
const margin = 54;
const captionSize = 10;
const captionGap = 14;
const ink = rgb(0.13, 0.13, 0.13);
const muted = rgb(0.4, 0.4, 0.4);

/**
 * The standard fonts only encode WinAnsi; any other character (a Chinese file name, an emoji)
 * would make pdf-lib throw. Those become '?', and line breaks and tabs become spaces.
 */
export function encodableText(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return Array.from(text.replace(/[\r\n\t]+/g, ' '), (ch) => (supported.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

/** Cuts text to fit `width`, ending in an ellipsis when cut. */
function fitToWidth(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 0 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Word-wraps to `width`; a word longer than a line is broken wherever it must be. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let split = line.length - 1;
      while (split > 1 && font.widthOfTextAtSize(line.slice(0, split), size) > width) split -= 1;
      lines.push(line.slice(0, split));
      line = line.slice(split);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The image, scaled down to fit (never up, so a small image stays sharp), on a page turned to suit it. */
export function addImagePage(doc: PDFDocument, font: PDFFont, image: PDFImage, name: string): void {
  const landscape = image.width > image.height;
  const page = doc.addPage(landscape ? [letter.height, letter.width] : [letter.width, letter.height]);
  const { width, height } = page.getSize();
  const areaWidth = width - 2 * margin;
  const areaHeight = height - 2 * margin - captionSize - captionGap;
  const scale = Math.min(areaWidth / image.width, areaHeight / image.height, 1);
  const drawn = { width: image.width * scale, height: image.height * scale };
  const bottom = margin + captionSize + captionGap;
  page.drawImage(image, {
    x: (width - drawn.width) / 2,
    y: bottom + (areaHeight - drawn.height) / 2,
    ...drawn,
  });
  const caption = fitToWidth(font, encodableText(font, `Attachment: ${name}`), captionSize, areaWidth);
  page.drawText(caption, { x: margin, y: margin, size: captionSize, font, color: muted });
}

/** A page in place of an attachment that could not be included: which one, and why. */
export function addPlaceholderPage(doc: PDFDocument, fonts: { regular: PDFFont; bold: PDFFont }, name: string, reason: string): void {
  const page = doc.addPage([letter.width, letter.height]);
  const textWidth = letter.width - 2 * margin;
  let y = letter.height - margin - 18;
  page.drawText('Attachment not included', { x: margin, y, size: 18, font: fonts.bold, color: ink });
  y -= 32;
  // A name can be any length; three lines of it are enough to find the file.
  for (const line of wrap(fonts.bold, encodableText(fonts.bold, name), 12, textWidth).slice(0, 3)) {
    page.drawText(line, { x: margin, y, size: 12, font: fonts.bold, color: ink });
    y -= 16;
  }
  y -= 8;
  const explanation = `${reason} The original file is kept with the account in Call Desk.`;
  for (const line of wrap(fonts.regular, encodableText(fonts.regular, explanation), 11, textWidth)) {
    page.drawText(line, { x: margin, y, size: 11, font: fonts.regular, color: muted });
    y -= 15;
  }
}
