// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { AccountFile } from '../../../shared/export/account-file';
import { agencyPacketHtml } from '../../../shared/export/agency-packet';
import { callGivesReason, documentedNonPaymentReason } from '../../../shared/export/non-payment-reason';
import { generatedAt, harborPointFile, settings } from './harbor-point.fixture';

const reasonBox = (file: AccountFile) =>
  new DOMParser()
    .parseFromString(agencyPacketHtml({ file, settings, generatedAt, attachments: [] }), 'text/html')
    .querySelector('#placement-summary .callout')?.textContent ?? '';

describe('documentedNonPaymentReason', () => {
  it('takes the latest open dispute first, whatever the calls say', () => {
    const file = harborPointFile();
    const [resolved] = file.disputes;
    file.disputes.push(
      { ...resolved!, id: 'd-old', status: 'open', resolvedAt: null, openedAt: '2025-03-01T18:00:00.000Z', details: 'Older open dispute.' },
      {
        ...resolved!,
        id: 'd-new',
        status: 'open',
        resolvedAt: null,
        openedAt: '2025-03-05T18:00:00.000Z',
        reason: 'pricing',
        details: 'Price differs from the quote.',
      },
    );
    file.calls.push({
      ...file.calls[0]!,
      id: 'later-refusal',
      startedAt: '2025-03-10T18:00:00.000Z',
      result: 'refused',
      note: 'Refused outright.',
    });
    const reason = documentedNonPaymentReason(file);
    expect(reason.source).toBe('dispute');
    expect(reason.source === 'dispute' && reason.dispute.id).toBe('d-new');
    const box = reasonBox(file);
    expect(box).toContain('Open dispute');
    expect(box).toContain('Price differs from agreement.');
    expect(box).toContain('Price differs from the quote.');
    expect(box).toContain('invoice INV-10288');
  });

  it('ignores resolved disputes and takes the latest refused or no-promise call with a note', () => {
    const file = harborPointFile();
    file.calls.push(
      {
        ...file.calls[0]!,
        id: 'refusal',
        startedAt: '2025-03-05T18:00:00.000Z',
        result: 'refused',
        note: 'Says they will not pay until April.',
      },
      // Later, but says nothing: not documentation.
      { ...file.calls[0]!, id: 'silent', startedAt: '2025-03-06T18:00:00.000Z', result: 'reached-no-promise', note: '  ' },
      // Later still, but the customer was not reached.
      { ...file.calls[0]!, id: 'voicemail', startedAt: '2025-03-07T18:00:00.000Z', result: 'left-message', note: 'Left a message.' },
    );
    const reason = documentedNonPaymentReason(file);
    expect(reason.source === 'call' && reason.call.id).toBe('refusal');
    const box = reasonBox(file);
    expect(box).toContain('Call note');
    expect(box).toContain('Refused to pay');
    expect(box).toContain('Says they will not pay until April.');
  });

  it('takes the latest call that gave a reason, whatever order the calls are stored in', () => {
    const file = harborPointFile();
    const base = { ...file.calls[0]!, branchesTaken: [] as string[] };
    // Stored newest first, then oldest, then the middle: the order must not matter.
    file.calls = [
      {
        ...base,
        id: 'newest-path',
        startedAt: '2025-03-09T17:00:00Z',
        result: 'promise-to-pay',
        branchesTaken: ['no-cash'],
        note: 'Cash is short until their client pays.',
      },
      { ...base, id: 'oldest-refusal', startedAt: '2025-01-06T18:00:00.000Z', result: 'refused', note: 'Will not pay at all.' },
      {
        ...base,
        id: 'middle-no-promise',
        startedAt: '2025-02-14T18:00:00.000Z',
        result: 'reached-no-promise',
        note: 'Waiting on their owner.',
      },
      // Later still, but the only path taken is about who answered, not why they have not paid.
      {
        ...base,
        id: 'wrong-person',
        startedAt: '2025-03-11T17:00:00.000Z',
        result: 'callback-requested',
        branchesTaken: ['wrong-person'],
        note: 'Reception only.',
      },
    ];
    const reason = documentedNonPaymentReason(file);
    expect(reason.source === 'call' && reason.call.id).toBe('newest-path');
    const box = reasonBox(file);
    expect(box).toContain('Cash is short until their client pays.');
    expect(box).toContain('No cash to pay');
    expect(box).not.toContain('Will not pay at all.');

    file.calls = file.calls.filter((c) => c.id !== 'newest-path').reverse();
    const next = documentedNonPaymentReason(file);
    expect(next.source === 'call' && next.call.id).toBe('middle-no-promise');
  });

  it('counts a call that ended in a dispute as a reason once the dispute is resolved', () => {
    const file = harborPointFile();
    file.calls = [
      {
        ...file.calls[0]!,
        id: 'disputed',
        startedAt: '2025-03-01T18:00:00.000Z',
        result: 'dispute',
        branchesTaken: [],
        note: 'Says the second visit was never done.',
      },
    ];
    const reason = documentedNonPaymentReason(file);
    expect(reason.source === 'call' && reason.call.id).toBe('disputed');
  });

  it('falls back to the latest broken promise when no call documents a reason', () => {
    const file = harborPointFile();
    file.calls = file.calls.filter((c) => !callGivesReason(c));
    const reason = documentedNonPaymentReason(file);
    expect(reason.source).toBe('broken-promise');
    const box = reasonBox(file);
    expect(box).toContain('Broken promise');
    expect(box).toContain('Promised $1,150.00 by Feb 21, 2025 (bank transfer) for INV-10263; the payment did not arrive.');
  });

  it('says plainly when nothing is documented', () => {
    const file = harborPointFile();
    file.calls = file.calls.filter((c) => !callGivesReason(c));
    file.promises = file.promises.filter((p) => p.status !== 'broken');
    expect(documentedNonPaymentReason(file).source).toBe('none');
    expect(reasonBox(file)).toContain('Nothing documented');
  });
});
