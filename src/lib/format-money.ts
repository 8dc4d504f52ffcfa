/**
 * The one place where amounts become text for people (`Intl.NumberFormat`, USD). The engine
 * hands over exact decimal strings; they are formatted as strings, never through a float.
 */
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const exact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 8,
});
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 8 });

type Decimal = `${number}` | string;

function asNumeric(value: Decimal): Intl.StringNumericLiteral {
  return value as Intl.StringNumericLiteral;
}

/** To the cent: "$2.16", "$1,250.00", "-$0.10". */
export function formatUsd(value: Decimal): string {
  return cents.format(asNumeric(value));
}

/** Every digit the engine gave: "$1.344", "$0.0979". */
export function formatUsdExact(value: Decimal): string {
  return exact.format(asNumeric(value));
}

/** True when the exact amount has digits past the cent. */
export function hasSubCents(value: Decimal): boolean {
  const fraction = value.split('.')[1] ?? '';
  return fraction.replace(/0+$/, '').length > 2;
}

/** Units or credits: "9.6", "1,200". */
export function formatCount(value: Decimal): string {
  return count.format(asNumeric(value));
}

/** A margin percentage from the engine ("48.1") as "48.1%". */
export function formatPercent(value: Decimal): string {
  return `${value}%`;
}
