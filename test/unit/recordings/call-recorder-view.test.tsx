// @vitest-environment jsdom
// "Record this call" on the screen, with the browser's microphone and recorder faked: Record asks
// main for its window of permission before the microphone, the red "Recording 0:00" status and
// Stop take over, Stop closes the permission and the microphone and keeps the take with the call
// (its length read from its bytes), a refused microphone is said where the user looks, and leaving
// the screen while recording still keeps the take.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { CallRecorder } from '../../../renderer/recordings/CallRecorder';
import { CallRecordings } from '../../../renderer/recordings/CallRecordings';
import { useCallRecorder } from '../../../renderer/recordings/use-call-recorder';
import { useRecordingAttach } from '../../../renderer/recordings/use-recording-attach';
import type { IpcResult } from '../../../shared/ipc/contract';
import { recordedWebm } from '../../fixtures/audio/crafted-containers';
import { customerInput } from '../data/fixtures';
import { closedCallRecord } from '../data/records';
import { newDb, renderWithDb } from '../forms/render-with-db';

const office = { timeZone: 'America/Chicago', locale: 'en-US' };
const recordingId = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function TheOpenCall({ customerId }: { customerId: string }) {
  const recorder = useCallRecorder(customerId, 'call-1', office.timeZone);
  const attach = useRecordingAttach(customerId, 'call-1');
  return (
    <main aria-label="The call">
      <CallRecorder recorder={recorder} consentLineOn={false} />
      <CallRecordings customerId={customerId} callId="call-1" attach={attach} office={office} />
    </main>
  );
}

/** What MediaRecorder writes in Chromium: the take arrives as data before 'stop'. */
class FakeMediaRecorder extends EventTarget {
  static isTypeSupported = (type: string) => type === 'audio/webm;codecs=opus';
  static made: FakeMediaRecorder[] = [];
  state: 'inactive' | 'recording' = 'inactive';
  mimeType = 'audio/webm;codecs=opus';
  constructor(
    readonly stream: unknown,
    readonly options: { mimeType: string; audioBitsPerSecond: number },
  ) {
    super();
    FakeMediaRecorder.made.push(this);
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    const data = Object.assign(new Event('dataavailable'), { data: new Blob([recordedWebm(50).slice()], { type: this.mimeType }) });
    this.dispatchEvent(data);
    this.dispatchEvent(new Event('stop'));
  }
}

let calls: { channel: string; input: unknown }[];
let track: { stop: ReturnType<typeof vi.fn>; addEventListener: ReturnType<typeof vi.fn> };
let getUserMedia: ReturnType<typeof vi.fn>;

beforeEach(() => {
  calls = [];
  FakeMediaRecorder.made = [];
  track = { stop: vi.fn(), addEventListener: vi.fn() };
  const stream = { getTracks: () => [track], getAudioTracks: () => [track] };
  getUserMedia = vi.fn(async () => stream);
  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  const replies: Record<string, unknown> = {
    'app:get-info': {
      name: 'Call Desk',
      version: '0.1.0',
      platform: 'linux',
      dataDirectory: '/data',
      electronVersion: null,
      browserMode: null,
    },
    'recording:begin': { recordingId, systemAudio: false, endsAt: '2026-06-17T18:01:00.000Z' },
    'recording:end': { ended: true },
  };
  window.callDesk = {
    invoke: async (channel: string, input: unknown): Promise<IpcResult> => {
      calls.push({ channel, input });
      return { ok: true, value: replies[channel] };
    },
    on: () => () => {},
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete window.callDesk;
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

async function setup() {
  const db = newDb();
  const customer = await createCustomer(db, customerInput());
  await db.calls.add({ ...closedCallRecord('call-1', customer.id, '2026-06-17T16:00:00.000Z'), status: 'open' } as never);
  const view = renderWithDb(<TheOpenCall customerId={customer.id} />, db);
  const record = await screen.findByRole('button', { name: 'Record this call' });
  return { db, view, record };
}

const permissionCalls = () => calls.filter((c) => c.channel.startsWith('recording:'));

describe('Record this call', () => {
  it('asks main before the microphone, shows the recording, and keeps the take with the call on Stop', async () => {
    const { db, record } = await setup();
    const region = screen.getByRole('region', { name: 'Record this call' });
    expect(within(region).getByRole('link', { name: 'Calling rules' }).getAttribute('href')).toBe('#/settings');
    expect(within(region).queryByLabelText('Include the other side (system audio)')).toBeNull();

    record.focus();
    fireEvent.click(record);
    const status = await within(region).findByText(
      (_, element) => element?.getAttribute('role') === 'status' && /^Recording 0:0\d$/.test(element.textContent ?? ''),
    );
    expect(permissionCalls()).toEqual([{ channel: 'recording:begin', input: { systemAudio: false } }]);
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true, video: false });
    expect(FakeMediaRecorder.made[0]!.options).toEqual({ mimeType: 'audio/webm;codecs=opus', audioBitsPerSecond: 32_000 });
    expect(status.querySelector('[role="timer"]')?.getAttribute('aria-live')).toBe('off');
    const stop = within(region).getByRole('button', { name: 'Stop recording' });
    expect(document.activeElement).toBe(stop);

    fireEvent.click(stop);
    const kept = await within(region).findByText(/^Kept Recording \d{4}-\d\d-\d\d \d\d\.\d\d\.webm with this call\.$/);
    expect(kept.getAttribute('role')).toBe('status');
    expect(permissionCalls().at(-1)).toEqual({ channel: 'recording:end', input: { recordingId } });
    expect(track.stop).toHaveBeenCalled();
    const stored = await db.documents.toArray();
    expect(stored.map((d) => [d.category, d.callId, d.mime, (d as { durationSeconds?: number }).durationSeconds])).toEqual([
      ['call-recording', 'call-1', 'audio/webm', 3],
    ]);
    const item = await screen.findByRole('listitem', { name: stored[0]!.fileName });
    expect(within(item).getByText('Length 0:03')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(region).getByRole('button', { name: 'Record this call' })));
  });

  it('says plainly when the microphone is refused, and closes main’s permission again', async () => {
    getUserMedia.mockRejectedValueOnce(Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }));
    const { db, record } = await setup();
    fireEvent.click(record);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The browser did not allow Call Desk to use the microphone.');
    expect(permissionCalls().map((c) => c.channel)).toEqual(['recording:begin', 'recording:end']);
    expect(await db.documents.count()).toBe(0);
    expect(screen.getByRole('button', { name: 'Record this call' })).toBeTruthy();
  });

  it('keeps the take when the screen goes while recording', async () => {
    const { db, view, record } = await setup();
    fireEvent.click(record);
    await screen.findByRole('button', { name: 'Stop recording' });
    await act(async () => view.unmount());
    await waitFor(async () => expect(await db.documents.count()).toBe(1));
    expect(track.stop).toHaveBeenCalled();
    expect(permissionCalls().at(-1)?.channel).toBe('recording:end');
  });

  it('offers nothing where the window cannot record', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    const db = newDb();
    const customer = await createCustomer(db, customerInput());
    renderWithDb(<TheOpenCall customerId={customer.id} />, db);
    await screen.findByText(/No recording of this call/);
    expect(screen.queryByRole('button', { name: 'Record this call' })).toBeNull();
  });
});
