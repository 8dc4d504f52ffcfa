/** Seed 004's quality tiers (Standard, Enhanced, Pro), read onto today's models and modes. */
import type { Mode } from '../request/vocabulary';

export interface QualityTier {
  readonly rank: 1 | 2 | 3;
  readonly name: 'Standard' | 'Enhanced' | 'Pro';
}

/** Pro mode is Pro; std is Enhanced, or Standard on Kling 1.0. */
export function qualityOf(model: string, mode: Mode): QualityTier {
  if (mode === 'pro') return { rank: 3, name: 'Pro' };
  return model === 'kling-v1' ? { rank: 1, name: 'Standard' } : { rank: 2, name: 'Enhanced' };
}
