// File sizes as a bookkeeper reads them: "840 bytes", "312 KB", "2.4 MB". Binary units, so the
// 25 MB limit (25 × 1024 × 1024 bytes) prints as "25 MB".

const kilobyte = 1024;
const megabyte = 1024 * 1024;

export function formatFileSize(bytes: number, locale = 'en-US'): string {
  if (bytes < kilobyte) return `${new Intl.NumberFormat(locale).format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const [value, unit] = bytes < megabyte ? [bytes / kilobyte, 'KB'] : [bytes / megabyte, 'MB'];
  // One decimal below 10 (2.4 MB), none above (312 KB): enough to tell files apart.
  const digits = value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${unit}`;
}
