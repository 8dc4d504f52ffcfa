// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readChosenFile } from './read-chosen-file';

/** A file input that has chosen `files` (jsdom cannot choose files itself). */
function inputWith(files: File[]): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  return input;
}

describe('readChosenFile', () => {
  it('gives the chosen file’s name and text', async () => {
    expect(await readChosenFile(inputWith([new File(['{"a":1}'], 'card.json')]))).toEqual({
      name: 'card.json',
      text: '{"a":1}',
    });
  });

  it('reads UTF-16 text (Notepad’s "Unicode"), and refuses bytes that are not UTF-8 in words', async () => {
    const utf16 = new File([new Uint8Array(Buffer.from('\uFEFF{"a":"é"}', 'utf16le'))], 'card.json');
    expect(await readChosenFile(inputWith([utf16]))).toEqual({ name: 'card.json', text: '{"a":"é"}' });
    const latin1 = new File([new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d])], 'card.json');
    expect(await readChosenFile(inputWith([latin1]))).toEqual({
      name: 'card.json',
      error: 'card.json is not UTF-8 text: save it as UTF-8 and try again.',
    });
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const big = new File(['x'.repeat(2_000_001)], 'big.json');
    expect(await readChosenFile(inputWith([big]))).toEqual({
      name: 'big.json',
      error: 'big.json is 2.0 MB, over the 1 MB limit.',
    });
  });

  it('gives null when the choice was cancelled', async () => {
    expect(await readChosenFile(inputWith([]))).toBeNull();
  });
});
