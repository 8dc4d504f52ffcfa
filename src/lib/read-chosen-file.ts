/**
 * The text of the file a file input has just chosen, refused past a size limit (nothing a
 * user imports here is that large), and the input cleared so that the same file can be
 * chosen again. Null when the choice was cancelled. Decoded as "Price a file" decodes: UTF-16
 * (Notepad's "Unicode") is read as such, and bytes that are not UTF-8 are refused in words.
 */
import { createTextDecoder, NOT_UTF8 } from '../engine';

const MAX_IMPORT_BYTES = 1_000_000;

export type ChosenFile =
  { readonly name: string; readonly text: string } | { readonly name: string; readonly error: string };

export async function readChosenFile(input: HTMLInputElement, maxBytes = MAX_IMPORT_BYTES): Promise<ChosenFile | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  if (file.size > maxBytes) {
    return { name: file.name, error: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB, over the 1 MB limit.` };
  }
  const decoder = createTextDecoder();
  const text = decoder.push(new Uint8Array(await file.arrayBuffer())) + decoder.end();
  if (text.includes(NOT_UTF8)) {
    return { name: file.name, error: `${file.name} is not UTF-8 text: save it as UTF-8 and try again.` };
  }
  return { name: file.name, text };
}
