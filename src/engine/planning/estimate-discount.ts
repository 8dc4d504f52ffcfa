/**
 * What the discount takes off our list price in an estimate's line or total: list − customer's
 * price, to the cent (both are to the cent already, so nothing rounds). For printouts that show
 * list, discount and price one under the other and must add up.
 */
import { minus, toDecimalString, usd } from '../money/money';
import type { Amounts } from './estimate-totals';

/** list − customer's price, as USD text to the cent; "0.00" where there is no price. */
export function discountUsd(a: Amounts): string {
  return toDecimalString(minus(a.internal ?? usd('0'), a.customer ?? usd('0')), 2);
}
