// "Record this call" for the open call's screen: a recorder controller (call-recorder.ts) made for
// this call, wired to the browser's microphone and MediaRecorder, main's permission and the
// database, and let go (a recording stopped and kept) when the screen goes.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { newId } from '../../shared/common/ids';
import { recordedFileName } from '../../shared/recordings/recorded-file-name';
import { takeAudioMime } from '../../shared/recordings/take-chunks';
import { recorderMimeType, systemAudioCapturePossible } from '../../shared/recordings/live-recording';
import { useDb } from '../data/db-context';
import { invalidateCustomerDocuments } from '../data/invalidate';
import { hasDesktopBridge } from '../platform/bridge';
import { useAppInfo } from '../platform/use-app-info';
import { createCallRecorder, type CallRecorderController, type RecorderView } from './call-recorder';
import { openCapture } from './microphone-capture';
import { startTake } from './recorder-take';
import { liveTakes } from './live-takes';
import { dropTake, keepTake, storeTakeChunk } from './take-store';

/** The type this window's MediaRecorder writes, or null where it cannot record (no microphone API, no main). */
function recorderSupport(): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof navigator.mediaDevices?.getUserMedia !== 'function' || !hasDesktopBridge())
    return null;
  return recorderMimeType((type) => MediaRecorder.isTypeSupported(type));
}

export interface CallRecorder {
  /** False where this window cannot record: the button is not offered. */
  available: boolean;
  /** "Include the other side" is offered (the desktop app on Windows and macOS). */
  systemAudioOffered: boolean;
  view: RecorderView;
  start(systemAudio: boolean): void;
  stop(): void;
  retry(): void;
  discard(): void;
  /** Before the call is saved: null, or why it should wait (a clause after "The call was not saved: "). */
  finish(): Promise<string | null>;
}

const idle: RecorderView = { phase: 'idle', problem: null, notice: null };
const noSubscription = () => () => {};

export function useCallRecorder(customerId: string, callId: string, officeTimeZone: string): CallRecorder {
  const db = useDb();
  const client = useQueryClient();
  const appInfo = useAppInfo().data;
  const [mimeType] = useState(recorderSupport);
  const [controller, setController] = useState<CallRecorderController | null>(null);
  const zone = useRef(officeTimeZone);
  zone.current = officeTimeZone;

  useEffect(() => {
    if (mimeType === null) return;
    const made = createCallRecorder({
      openCapture,
      startTake,
      mimeType,
      keep: async (bytes, fileName, takeId) => {
        await keepTake(db, callId, takeId, { fileName, bytes });
        await invalidateCustomerDocuments(client, customerId);
      },
      newTakeId: newId,
      storePiece: ({ takeId, seq, bytes, startedAt, mime }) =>
        storeTakeChunk(db, { takeId, callId, customerId, seq, bytes, startedAt: startedAt.toISOString(), mime }),
      dropTake: (takeId) => dropTake(db, takeId),
      liveTakes,
      fileNameFor: (startedAt, type) => recordedFileName(startedAt, zone.current, takeAudioMime(type)),
      now: () => new Date(),
      setTimer: (ms, fire) => {
        const timer = setTimeout(fire, ms);
        return () => clearTimeout(timer);
      },
    });
    setController(made);
    return () => {
      made.dispose();
      setController((current) => (current === made ? null : current));
    };
  }, [db, client, customerId, callId, mimeType]);

  const view = useSyncExternalStore(controller?.subscribe ?? noSubscription, controller?.view ?? (() => idle));
  return {
    available: controller !== null,
    systemAudioOffered: appInfo ? systemAudioCapturePossible(appInfo) : false,
    view,
    start: (systemAudio) => void controller?.start(systemAudio),
    stop: () => void controller?.stop(),
    retry: () => void controller?.retry(),
    discard: () => controller?.discard(),
    finish: () => controller?.finish() ?? Promise.resolve(null),
  };
}
