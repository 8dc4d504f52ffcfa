import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { checkEachCardChoices } from './check-each-card-choices';
import { DEFAULT_VALUES } from './quote-form-schema';

describe('checkEachCardChoices', () => {
  it('checks every item and names what was dropped after its item, keeping the rest of the item', () => {
    const items = [
      { label: 'A', values: { ...DEFAULT_VALUES, vendor: 'seed-002-usd' } },
      { label: 'B', values: { ...DEFAULT_VALUES, vendor: 'gone', package: 'gone-too' } },
    ];
    const checked = checkEachCardChoices(items, cards, (i) => `line ${i + 1}`);
    expect(checked.ignored).toEqual(['line 2: vendor ("gone")', 'line 2: package ("gone-too")']);
    const defaulted = { label: 'B', values: { ...DEFAULT_VALUES, vendor: 'kling-official-units' } };
    expect(checked.items).toEqual([items[0], defaulted]);
  });
});
