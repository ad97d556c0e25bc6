import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageErrorSentence, storageProblemOf, storageProblemSentences } from '../../../shared/common/storage-problem';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageProblemOf', () => {
  it('knows the storage errors by name, as IndexedDB and Dexie throw them', () => {
    expect(storageProblemOf(quota())).toBe('disk-full');
    expect(storageProblemOf(new Dexie.QuotaExceededError('full'))).toBe('disk-full');
    expect(storageProblemOf(new DOMException('I/O error', 'UnknownError'))).toBe('storage-failed');
    expect(storageProblemOf(new DOMException('closing', 'InvalidStateError'))).toBe('storage-closed');
    expect(storageProblemOf(new Dexie.DatabaseClosedError('closed'))).toBe('storage-closed');
  });

  it("looks through Dexie's wrappers and causes: an aborted transaction, a bulk write, an error of our own", () => {
    // A transaction the disk stopped at its commit: Dexie's AbortError holds the browser's error.
    expect(storageProblemOf(new Dexie.AbortError('aborted', quota()))).toBe('disk-full');
    const bulk = new Dexie.BulkError('2 of 3 failed', { 1: new DOMException('', 'ConstraintError'), 2: quota() });
    expect(storageProblemOf(bulk)).toBe('disk-full');
    expect(
      storageProblemOf(new Error('Restore failed', { cause: new Dexie.AbortError('aborted', new DOMException('', 'UnknownError')) })),
    ).toBe('storage-failed');
  });

  it('names the full disk when one error holds several storage problems', () => {
    const bulk = new Dexie.BulkError('failed', [new DOMException('', 'InvalidStateError'), quota()]);
    expect(storageProblemOf(bulk)).toBe('disk-full');
  });

  it('gives null for errors that are about the data, not the storage', () => {
    expect(storageProblemOf(new Dexie.ConstraintError('key already exists'))).toBeNull();
    expect(storageProblemOf(new TypeError('x is undefined'))).toBeNull();
    expect(storageProblemOf('QuotaExceededError')).toBeNull();
    expect(storageProblemOf(null)).toBeNull();
  });

  it('stops at a cycle of causes', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    (first as { cause?: unknown }).cause = second;
    expect(storageProblemOf(first)).toBeNull();
  });
});

describe('storageErrorSentence', () => {
  it('says what happened and what to do, in plain words', () => {
    expect(storageErrorSentence(new Dexie.AbortError('aborted', quota()))).toBe(storageProblemSentences['disk-full']);
    for (const sentence of Object.values(storageProblemSentences)) {
      expect(sentence).toMatch(/^[A-Z].*\.$/);
      expect(sentence).toMatch(/try again/);
      expect(sentence).not.toMatch(/Error|IndexedDB|quota|Dexie/i);
    }
    expect(storageErrorSentence(new Error('no'))).toBeNull();
  });
});
