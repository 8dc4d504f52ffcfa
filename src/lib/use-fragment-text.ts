/**
 * Text kept in one named parameter of the URL fragment, compressed: a link carries it, and the
 * fragment never reaches a server. The one reader and writer of such text, for every screen.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { compressToUrl, decompressFromUrl, type UnreadableLink } from './url-compress';

/** What the text is, in the screen's words: "its request could not be read. Paste the envelope again." */
export interface FragmentWords {
  /** What the link carried, e.g. "request". */
  readonly carried: string;
  /** What to paste instead, e.g. "envelope". */
  readonly paste: string;
}

export type Written =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly why: 'replaced' | 'refused' };

export interface FragmentText {
  /** Why the link's text could not be read, for people; null when it could, or there was none. */
  readonly problem: string | null;
  /** Puts the text in the fragment: the new address, or why not (a later write or clear came first). */
  readonly write: (text: string) => Promise<Written>;
  /** Takes the parameter out of the fragment, and its problem with it. */
  readonly clear: () => void;
}

function describeUnreadable(words: FragmentWords, reason: UnreadableLink): string {
  const why = reason === 'too-large' ? 'expands to more than 1 MB' : 'could not be read';
  return `This link is damaged: its ${words.carried} ${why}. Paste the ${words.paste} again.`;
}

function fragmentParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.slice(1));
}

/** Replaces the fragment, keeping the path and query; the new address, or null if the browser refused it. */
function replaceFragment(params: URLSearchParams): string | null {
  const hash = params.size > 0 ? `#${params}` : '';
  try {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    return window.location.href;
  } catch {
    // A browser refuses a URL past its length limit; the text stays on the page, out of the link.
    return null;
  }
}

/**
 * Reads parameter `name` once, on mount, and hands its text to `onRead`, which says whether it
 * reads: this app only writes text that does, so text that does not marks the link damaged too
 * (it is handed over all the same, to be seen and corrected). Then writes or clears it.
 */
export function useFragmentText(name: string, words: FragmentWords, onRead: (text: string) => boolean): FragmentText {
  const [unreadable, setUnreadable] = useState<UnreadableLink | null>(null);
  // Counts writes and clears: a compression that finishes after a later change is dropped.
  const changes = useRef(0);
  const deliver = useEffectEvent(onRead);

  useEffect(() => {
    const packed = fragmentParams().get(name);
    if (!packed) return;
    const at = changes.current;
    let live = true;
    void decompressFromUrl(packed).then((read) => {
      if (!live || changes.current !== at) return;
      if (!read.ok) setUnreadable(read.reason);
      else if (!deliver(read.text)) setUnreadable('damaged');
    });
    return () => {
      live = false;
      // A write still compressing when the screen closes must not land on the next screen's address.
      changes.current += 1;
    };
  }, [name]);

  const write = async (text: string): Promise<Written> => {
    changes.current += 1;
    const at = changes.current;
    // The link's text is replaced: whatever was wrong with it no longer is.
    setUnreadable(null);
    const packed = await compressToUrl(text);
    if (changes.current !== at) return { ok: false, why: 'replaced' };
    const params = fragmentParams();
    params.set(name, packed);
    const url = replaceFragment(params);
    return url === null ? { ok: false, why: 'refused' } : { ok: true, url };
  };

  const clear = () => {
    changes.current += 1;
    setUnreadable(null);
    const params = fragmentParams();
    if (!params.has(name)) return;
    params.delete(name);
    replaceFragment(params);
  };

  return { problem: unreadable ? describeUnreadable(words, unreadable) : null, write, clear };
}
