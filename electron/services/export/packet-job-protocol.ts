// What main and the PDF assembly job say to each other (see packet-job.ts): the request main
// sends, the messages the job sends back, and their schemas, so each side checks what it gets.
// Kept apart from the job so that main's bundle does not take in pdf-lib.
import { z } from 'zod';
import type { AssembledPacket, AttachmentFile } from './pdf-assembly';

export interface PacketJobRequest {
  /** The printed document the attachments are added to. */
  mainPdf: Uint8Array;
  attachments: AttachmentFile[];
  title?: string;
  author?: string;
  subject?: string;
  /** The PDF's creation date, as an ISO instant (main's clock, not the job's). */
  createdAt: string;
}

export type PacketJobMessage =
  /** `done` of `total` attachments are in (sent before the first and after each one). */
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; packet: AssembledPacket }
  /** The job could not build the PDF (the printed document would not load, say). */
  | { kind: 'failed'; message: string };

const bytesSchema = z.instanceof(Uint8Array);

export const packetJobRequestSchema = z.object({
  mainPdf: bytesSchema,
  attachments: z.array(z.object({ name: z.string(), mime: z.string(), bytes: bytesSchema })),
  title: z.string().optional(),
  author: z.string().optional(),
  subject: z.string().optional(),
  createdAt: z.iso.datetime(),
});

const count = z.number().int().nonnegative();

export const packetJobMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), done: count, total: count }),
  z.object({
    kind: z.literal('done'),
    packet: z.object({
      bytes: bytesSchema,
      pages: z.number().int().positive(),
      attachments: z.array(z.object({ name: z.string(), included: z.boolean(), pages: count, reason: z.string().optional() })),
    }),
  }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
