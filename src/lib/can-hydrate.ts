/**
 * Whether the page the build prerendered can be hydrated as it is (decision 0069): only when the
 * client's first render is sure to equal the build's. The build rendered each screen at its own
 * path with no query, no fragment and nothing saved. The first render reads the link and what
 * this browser keeps (overrides, the margin target, a screen's own entries, under `kling-calc:`),
 * so a query, a fragment, any kept entry but a backup, or a storage that cannot be read, means
 * render afresh.
 */
interface Address {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

export function canHydrate(renderedPath: string, address: Address, storage: () => Storage): boolean {
  const { pathname, search, hash } = address;
  if (pathname !== renderedPath || search !== '' || hash !== '') return false;
  try {
    return !Object.keys(storage()).some((key) => key.startsWith('kling-calc:') && !key.includes(':backup'));
  } catch {
    // Storage blocked: the screens say so in their first render, which the build did not.
    return false;
  }
}
