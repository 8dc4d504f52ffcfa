/** What a what-if needs once a link carries one: its own chunk, so the first page does not load it. */
export { applyWhatIf, parseWhatIf } from '../engine';
export { WhatIfBar } from './what-if-bar';
