// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeStorageError } from './storage-error';

const FULL = "The browser's storage for this site is full: nothing more can be kept until space is freed.";
const BLOCKED =
  'This browser does not allow saving here (private mode or blocked storage): nothing can be kept in this browser.';

describe('describeStorageError', () => {
  it('says the storage is full for a quota error, in any browser’s spelling, without its raw text', () => {
    const chrome = "Failed to execute 'setItem' on 'Storage': Setting the value of 'x' exceeded the quota.";
    expect(describeStorageError(new DOMException(chrome, 'QuotaExceededError'))).toBe(FULL);
    const firefox = new DOMException('Persistent storage maximum size reached', 'NS_ERROR_DOM_QUOTA_REACHED');
    expect(describeStorageError(firefox)).toBe(FULL);
  });

  it('says the storage is full for the quota error the browser really throws', () => {
    let thrown: unknown = null;
    try {
      localStorage.setItem('storage-error-test', 'x'.repeat(6_000_000));
    } catch (error) {
      thrown = error;
    }
    expect(describeStorageError(thrown)).toBe(FULL);
  });

  it('says saving is not allowed for blocked storage and anything else', () => {
    expect(describeStorageError(new DOMException('The operation is insecure.', 'SecurityError'))).toBe(BLOCKED);
    expect(describeStorageError(new TypeError("Cannot read properties of null (reading 'setItem')"))).toBe(BLOCKED);
    expect(describeStorageError('nonsense')).toBe(BLOCKED);
  });
});
