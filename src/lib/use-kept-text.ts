/**
 * Text the user keeps in the link (compressed, in the URL fragment) or in this browser, and
 * only in the one they chose: keeping it in one takes it out of the other.
 */
import { useState } from 'react';
import { useFragmentText, type FragmentWords } from './use-fragment-text';
import { useStoredText } from './use-stored-text';

export type KeptIn = 'link' | 'browser';

export interface KeptTextOptions {
  /** The localStorage key it is kept under in this browser. */
  readonly storageKey: string;
  /** The fragment parameter it is kept under in the link. */
  readonly fragment: string;
  readonly words: FragmentWords;
  /** Whether text read from the link reads; when not, the link is called damaged. */
  readonly reads: (text: string) => boolean;
}

export interface KeptText {
  readonly text: string;
  readonly keptIn: KeptIn;
  /** Why the link or this browser could not read or keep the text, for people; empty when nothing is wrong. */
  readonly problem: string;
  /** Sets the text and keeps it where asked, and only there. */
  readonly keep: (text: string, where: KeptIn) => void;
}

/** Opens with what this browser kept, else with the link's text once it is read. */
export function useKeptText({ storageKey, fragment, words, reads }: KeptTextOptions): KeptText {
  const stored = useStoredText(storageKey);
  const [text, setText] = useState(stored.stored ?? '');
  const [keptIn, setKeptIn] = useState<KeptIn>(stored.stored ? 'browser' : 'link');
  const link = useFragmentText(fragment, words, (linked) => {
    setText(linked);
    setKeptIn('link');
    return reads(linked);
  });

  // The entry in this browser is removed only on the user's word: emptied, or moved to the link.
  const keep = (nextText: string, where: KeptIn) => {
    setText(nextText);
    const empty = nextText.trim() === '';
    if (where === 'browser') {
      const kept = empty ? stored.remove() : stored.save(nextText);
      if (kept) {
        setKeptIn('browser');
        link.clear();
        return;
      }
      // This browser refused (the problem says why): the text stays in the link, so it is not lost.
    } else if (keptIn === 'browser') stored.remove();
    setKeptIn('link');
    if (empty) link.clear();
    else void link.write(nextText);
  };

  return { text, keptIn, problem: [link.problem, stored.problem].filter(Boolean).join(' '), keep };
}
