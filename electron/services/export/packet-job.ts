// The PDF assembly as an isolated job (see ../isolated-job.ts): one request in, its progress and
// the finished packet out (packet-job-protocol.ts). electron/packet-worker.ts runs it, in an
// Electron utility process or a Node worker thread.
import { packetJobRequestSchema, type PacketJobMessage } from './packet-job-protocol';
import { assemblePacketWithReport } from './pdf-assembly';
import { errorMessage } from '../../../shared/common/error-message';

/** Builds the packet from one request, telling `send` its progress and then its result. */
export async function runPacketJob(input: unknown, send: (message: PacketJobMessage) => void): Promise<void> {
  const request = packetJobRequestSchema.safeParse(input);
  if (!request.success) {
    send({ kind: 'failed', message: 'the request to build it was not understood.' });
    return;
  }
  const { mainPdf, attachments, createdAt, ...details } = request.data;
  try {
    const packet = await assemblePacketWithReport(mainPdf, attachments, {
      ...details,
      createdAt: new Date(createdAt),
      onAttachment: (done, total) => send({ kind: 'progress', done, total }),
    });
    send({ kind: 'done', packet });
  } catch (error) {
    send({ kind: 'failed', message: errorMessage(error) });
  }
}
