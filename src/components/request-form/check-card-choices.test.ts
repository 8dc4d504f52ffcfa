import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { checkCardChoices } from './check-card-choices';
import { DEFAULT_VALUES } from './quote-form-schema';

describe('checkCardChoices', () => {
  it('keeps a vendor card and package the loaded cards offer', () => {
    const values = { ...DEFAULT_VALUES, vendor: 'kling-official-units', package: 'package-2' };
    expect(checkCardChoices(values, cards)).toEqual({ values, ignored: [] });
  });

  it("drops an unknown vendor card for the default, and a package the card's unit is not sold in", () => {
    const checked = checkCardChoices({ ...DEFAULT_VALUES, vendor: 'nope', package: 'credits-100' }, cards);
    expect(checked.ignored).toEqual(['vendor ("nope")', 'package ("credits-100")']);
    expect(checked.values).toMatchObject({ vendor: 'kling-official-units', package: 'list' });
  });

  it("moves to the card's own default package, silently, when the default is not sold in its unit", () => {
    const checked = checkCardChoices({ ...DEFAULT_VALUES, vendor: 'seed-004-app-credits' }, cards);
    expect(checked.ignored).toEqual([]);
    expect(checked.values).toEqual({ ...DEFAULT_VALUES, vendor: 'seed-004-app-credits', package: 'credit-default' });
  });
});
