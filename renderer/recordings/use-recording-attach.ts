// Attaching recordings to a call, from the file chooser or a drop on the call: each file is
// checked as it comes (its type read from its bytes, its size before reading it), the accepted
// ones are stored together, and the refusals are kept to be shown beside the call's recordings,
// where the user is looking. No dialog: a recording has nothing to choose about it.
import { useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { errorMessage } from '../../shared/common/error-message';
import { checkRecordingFile, recordingRefusalBeforeReading } from '../../shared/recordings/file-check';
import { useFileDrop } from '../documents/use-file-drop';
import { useAttachRecordings } from './queries';
import type { NewRecording } from './recording-repository';

type Checked = { ok: true; recording: NewRecording } | { ok: false; reason: string };

async function checkFile(file: File): Promise<Checked> {
  const early = recordingRefusalBeforeReading(file.name, file.size);
  if (early) return { ok: false, reason: early };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return {
      ok: false,
      reason: `${file.name} could not be read. If it is on a network drive or a phone, copy it to this computer first.`,
    };
  }
  const check = checkRecordingFile(file.name, bytes);
  return check.ok ? { ok: true, recording: { fileName: file.name, bytes } } : { ok: false, reason: check.reason };
}

export interface RecordingAttach {
  /** Opens the OS file chooser. */
  choose(): void;
  /** For the hidden <input type="file">. */
  inputRef: RefObject<HTMLInputElement | null>;
  onInputChange(event: ChangeEvent<HTMLInputElement>): void;
  /** Spread on the element files can be dropped on (the whole call). */
  dropProps: ReturnType<typeof useFileDrop<HTMLElement>>['dropProps'];
  isOver: boolean;
  busy: boolean;
  /** What was attached, for a status line. */
  status: string | null;
  /** Why files were not attached, one sentence each. */
  refusals: string[];
}

export function useRecordingAttach(customerId: string, callId: string): RecordingAttach {
  const attach = useAttachRecordings(customerId);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);

  const attachFiles = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setStatus(null);
    setRefusals([]);
    try {
      const checked = await Promise.all(files.map(checkFile));
      const refused = checked.flatMap((c) => (c.ok ? [] : [c.reason]));
      const accepted = checked.flatMap((c) => (c.ok ? [c.recording] : []));
      if (accepted.length > 0) {
        try {
          const added = await attach.mutateAsync({ callId, files: accepted });
          setStatus(added.length === 1 ? `Attached ${added[0]!.fileName}.` : `Attached ${added.length} recordings.`);
        } catch (error) {
          refused.unshift(`Nothing was attached: ${errorMessage(error)}`);
        }
      }
      setRefusals(refused);
    } finally {
      setBusy(false);
    }
  };

  const { isOver, dropProps } = useFileDrop<HTMLElement>((files) => void attachFiles(files));
  return {
    choose: () => {
      const input = inputRef.current;
      if (!input) return;
      input.value = ''; // choosing the same file again still fires change
      input.click();
    },
    inputRef,
    onInputChange: (event) => void attachFiles(Array.from(event.currentTarget.files ?? [])),
    dropProps,
    isOver,
    busy,
    status,
    refusals,
  };
}
