/**
 * A number as JavaScript writes it (`String(x)`), without its general conversion: writing a
 * fractional number costs several times more than the rest of a vendor's refusal, and a
 * duration is nearly always a short decimal, either the envelope's own text or found by hand.
 * Seconds are not money: this is about text, not amounts.
 */

/** The most significant digits a double tells apart: any two decimals with this many differ as numbers. */
const DIGITS = 15;

/**
 * True only when `String(Number(text)) === text`: digits with at most one point, no leading
 * zero before another digit, no trailing zero or point after one, at most 15 significant
 * digits, and no more than 5 zeros after "0." (smaller numbers are written with an exponent).
 * With at most 15 significant digits the text is the shortest that reads back as the number,
 * which is what JavaScript writes (decision 73); a property test holds it to `String`.
 */
export function isNumberText(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 40) return false;
  let point = -1;
  let significant = 0;
  let leadingZeros = 0;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (point >= 0 || i === 0 || i === n - 1) return false;
      point = i;
    } else if (c < 48 || c > 57) return false;
    else if (significant > 0 || c !== 48) significant += 1;
    else if (point >= 0) leadingZeros += 1;
  }
  const whole = point < 0 ? n : point;
  // "0", "0.5", "12.25": a leading 0 only alone before the point; no trailing 0 after a point.
  if (whole > 1 && text.charCodeAt(0) === 48) return false;
  if (point >= 0 && text.charCodeAt(n - 1) === 48) return false;
  if (significant > DIGITS || whole > 21) return false;
  return !(whole === 1 && text.charCodeAt(0) === 48 && point >= 0 && leadingZeros > 5);
}

const POWERS = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * `String(x)`, the same text (a property test holds the two equal): for a positive x from 1e-6
 * to 1e15 written with at most 15 significant digits, the decimal m / 10^k with the fewest
 * places k that reads back as x is found by hand. `m / 10^k` is the double nearest that
 * decimal (both are exact, division rounds once), so it is the number the text reads as;
 * with at most 15 digits no other text as short reads as x, so it is the one JavaScript writes.
 * Anything else goes to `String`.
 */
export function numberText(x: number): string {
  if (!(x >= 1e-6 && x < 1e15)) return String(x);
  for (let k = 0; k < POWERS.length; k += 1) {
    const power = POWERS[k];
    const m = Math.floor(x * power + 0.5);
    if (m >= 1e15) break;
    if (m / power !== x) continue;
    if (k === 0) return String(m);
    // The whole part and the places as integers (exact below 2^53): integers are written cheaply.
    const whole = Math.floor(m / power);
    const places = String(m - whole * power);
    return `${whole}.${'0'.repeat(k - places.length)}${places}`;
  }
  return String(x);
}
