// A call recording is kept as a document of its account: the stored schema takes sound only as
// a call recording (with its call, never an invoice), and each kind of file has its own limit.
import { describe, expect, it } from 'vitest';
import { refusalBeforeReading } from '../../../shared/documents/file-check';
import {
  documentCategoryLabels,
  isCallRecording,
  maxDocumentBytes,
  maxStoredBytesFor,
  paperDocumentCategories,
  storedDocumentSchema,
} from '../../../shared/documents/schema';
import { maxRecordingBytes } from '../../../shared/recordings/schema';

const paper = {
  id: 'doc-1',
  customerId: 'cust-1',
  invoiceId: null,
  fileName: 'agreement.pdf',
  category: 'signed-agreement',
  mime: 'application/pdf',
  size: 2048,
  addedAt: '2026-11-20T17:30:00.000Z',
};
const recording = {
  ...paper,
  id: 'rec-1',
  fileName: 'call.wav',
  category: 'call-recording',
  mime: 'audio/wav',
  size: 64_044,
  callId: 'call-1',
  durationSeconds: 4,
};

const problem = (row: object) => {
  const result = storedDocumentSchema.safeParse(row);
  return result.success ? null : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('stored documents and recordings', () => {
  it('reads documents stored before recordings existed unchanged, and a recording with its call and length', () => {
    expect(storedDocumentSchema.parse(paper)).toEqual(paper);
    const parsed = storedDocumentSchema.parse(recording);
    expect(parsed).toEqual(recording);
    expect(isCallRecording(parsed)).toBe(true);
    expect(isCallRecording(storedDocumentSchema.parse(paper))).toBe(false);
    expect(storedDocumentSchema.parse({ ...recording, durationSeconds: null }).durationSeconds).toBeNull();
  });

  it('has a limit per kind: 25 MB for a document, 100 MB for a recording', () => {
    expect(maxStoredBytesFor('application/pdf')).toBe(maxDocumentBytes);
    expect(maxStoredBytesFor('image/jpeg')).toBe(maxDocumentBytes);
    expect(maxStoredBytesFor('audio/mpeg')).toBe(maxRecordingBytes);
    expect(problem({ ...paper, size: maxDocumentBytes })).toBeNull();
    expect(problem({ ...paper, size: maxDocumentBytes + 1 })).toEqual(['size: The file is larger than 25 MB, the limit for a document.']);
    expect(problem({ ...recording, size: maxDocumentBytes + 1 })).toBeNull();
    expect(problem({ ...recording, size: maxRecordingBytes })).toBeNull();
    expect(problem({ ...recording, size: maxRecordingBytes + 1 })).toEqual([
      'size: The file is larger than 100 MB, the limit for a recording.',
    ]);
  });

  it('takes sound only as a call recording that names its call, and a call recording only as sound', () => {
    expect(problem({ ...recording, category: 'other' })).toContain(
      'category: Only a sound file can be a call recording, and a sound file is one.',
    );
    expect(problem({ ...paper, category: 'call-recording' })).toContain(
      'category: Only a sound file can be a call recording, and a sound file is one.',
    );
    const { callId: _callId, ...withoutCall } = recording;
    expect(problem(withoutCall)).toEqual(['callId: A call recording names its call.']);
    expect(problem({ ...recording, invoiceId: 'inv-1' })).toEqual(['invoiceId: A call recording belongs to its call, not an invoice.']);
    expect(problem({ ...paper, callId: 'call-1' })).toEqual(['callId: Only a call recording has a call and a length.']);
    expect(problem({ ...recording, mime: 'audio/flac' })).not.toBeNull();
    expect(problem({ ...recording, durationSeconds: -1 })).not.toBeNull();
  });

  it('names the category, and keeps it out of the choices for a paper document', () => {
    expect(documentCategoryLabels['call-recording']).toBe('Call recording');
    expect(paperDocumentCategories).not.toContain('call-recording');
    expect(paperDocumentCategories).toContain('signed-agreement');
  });

  it('sends a sound file dropped on the documents to its call, by name, before reading it', () => {
    expect(refusalBeforeReading({ name: 'call 12-03.mp3', type: 'audio/mpeg', size: 4096 })).toBe(
      'call 12-03.mp3 is a sound recording. A recording is kept with its call: open the call from the timeline and use “Attach recording…” there.',
    );
    expect(refusalBeforeReading({ name: 'terms.docx', type: '', size: 2048 })).toMatch(/^terms\.docx is a \.docx file\./);
  });
});
