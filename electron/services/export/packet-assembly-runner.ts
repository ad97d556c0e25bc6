// Runs the PDF assembly (pdf-assembly.ts) as an isolated job, never on main's thread: a PDF
// attachment can be built to take minutes or gigabytes to read, and main must keep answering the
// window, the tray and the reminders meanwhile. The job gets a memory cap, and each step (the
// printed document, each attachment) a time limit on main's clock. A job that runs past either
// is stopped, and the export fails with a sentence saying what happened; nothing is written,
// since the file is only written once the whole packet is back.
import type { Clock } from '../reminders/ports';
import type { IsolatedJob, IsolatedJobLauncher, JobEnd } from '../isolated-job';
import { packetJobMessageSchema, type PacketJobRequest } from './packet-job-protocol';
import type { AssembledPacket, AttachmentFile, PacketOptions } from './pdf-assembly';
import { errorMessage } from '../../../shared/common/error-message';

/** Builds a packet: the printed document, then its attachments. */
export interface PacketAssembler {
  assemble(mainPdf: Uint8Array, attachments: readonly AttachmentFile[], options?: PacketOptions): Promise<AssembledPacket>;
}

/** The job's JavaScript heap. A packet of large PDFs needs a few hundred megabytes. */
export const packetMemoryLimitMb = 1024;
/**
 * How long one step may take. A 40-megapixel picture, the largest accepted, takes a few
 * seconds; a minute means the job is stuck (pdf-lib looping on a damaged file, say).
 */
export const packetStepTimeLimitMs = 60_000;

/** The export failed in the job; the message is for the user. */
export class PacketAssemblyError extends Error {
  override name = 'PacketAssemblyError';
}

export interface PacketAssemblyRunnerDeps {
  launcher: IsolatedJobLauncher;
  clock: Clock;
  memoryLimitMb?: number;
  stepTimeLimitMs?: number;
}

const tryAgain = 'Try again; if it happens again, replace the largest attached documents with smaller copies.';
const replaceIt = 'Replace that document with a smaller copy, or remove it from the account, then try again.';

/** The sentence for a job that had to be stopped, naming the attachment it was on, if any. */
function stoppedSentence(problem: 'took too long' | 'out of memory' | 'crashed', attachment: string | null): string {
  const what = attachment === null ? 'Building the PDF' : `Adding “${attachment}” to the PDF`;
  const advice = attachment === null ? tryAgain : replaceIt;
  switch (problem) {
    case 'took too long':
      return `${what} took more than a minute, so Call Desk stopped it and saved nothing. ${advice}`;
    case 'out of memory':
      return `${what} needed more memory than Call Desk allows, so it was stopped and nothing was saved. ${advice}`;
    case 'crashed':
      return `${what} stopped unexpectedly, and nothing was saved. ${advice}`;
  }
}

export function createPacketAssemblyRunner({
  launcher,
  clock,
  memoryLimitMb = packetMemoryLimitMb,
  stepTimeLimitMs = packetStepTimeLimitMs,
}: PacketAssemblyRunnerDeps): PacketAssembler {
  return {
    assemble(mainPdf, attachments, options = {}) {
      return new Promise<AssembledPacket>((resolve, reject) => {
        /** The attachment being added (null: the printed document, or the final save). */
        let current: string | null = null;
        let settled = false;
        let cancelTimer = () => {};
        let job: IsolatedJob | null = null;

        const settle = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          cancelTimer();
          job?.stop();
          outcome();
        };
        const fail = (message: string) => settle(() => reject(new PacketAssemblyError(message)));
        const startStep = () => {
          cancelTimer();
          cancelTimer = clock.setTimer(new Date(clock.now().getTime() + stepTimeLimitMs), () =>
            fail(stoppedSentence('took too long', current)),
          );
        };

        const onMessage = (raw: unknown) => {
          if (settled) return;
          const parsed = packetJobMessageSchema.safeParse(raw);
          if (!parsed.success) {
            fail('Building the PDF went wrong (an unexpected answer from the job building it), and nothing was saved. Try again.');
            return;
          }
          const message = parsed.data;
          if (message.kind === 'progress') {
            current = message.done < message.total ? (attachments[message.done]?.name ?? null) : null;
            startStep();
            options.onAttachment?.(message.done, message.total);
          } else if (message.kind === 'done') {
            settle(() => resolve(message.packet));
          } else {
            fail(`The PDF could not be built, and nothing was saved: ${message.message}`);
          }
        };
        const onEnd = (end: JobEnd) => {
          if (end.kind === 'out-of-memory') fail(stoppedSentence('out of memory', current));
          else fail(stoppedSentence('crashed', current));
        };

        try {
          job = launcher.start({ memoryMb: memoryLimitMb, onMessage, onEnd });
        } catch (error) {
          fail(`Call Desk could not start building the PDF, and nothing was saved: ${errorMessage(error)}`);
          return;
        }
        startStep();
        const request: PacketJobRequest = {
          mainPdf,
          attachments: attachments.map(({ name, mime, bytes }) => ({ name, mime, bytes })),
          title: options.title,
          author: options.author,
          subject: options.subject,
          createdAt: (options.createdAt ?? clock.now()).toISOString(),
        };
        job.send(request);
      });
    },
  };
}
