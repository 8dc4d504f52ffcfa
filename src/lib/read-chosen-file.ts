/**
 * The text of the file a file input has just chosen, refused past a size limit (nothing a
 * user imports here is that large), and the input cleared so that the same file can be
 * chosen again. Null when the choice was cancelled.
 */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ChosenFile = { readonly name: string; readonly text: string } | { readonly name: string; readonly error: string };

export async function readChosenFile(input: HTMLInputElement, maxBytes = MAX_IMPORT_BYTES): Promise<ChosenFile | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  if (file.size > maxBytes) {
    return { name: file.name, error: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB, over the 1 MB limit.` };
  }
  return { name: file.name, text: await file.text() };
}
