/**
 * The rounding modes, one named function each, on the integer quotient `n / d` (`d` > 0):
 * the same answers as dinero.js's functions of the same names (a property test holds them
 * equal), as plain bigint arithmetic, because dinero's build several closures on every call
 * and the engine rounds on every quote (docs/decisions/0012).
 */

/** ⌊n / d⌋, toward −∞. */
export function down(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d < 0n ? q - 1n : q;
}

/** The nearest integer to n / d; a tie goes up, toward +∞. */
export function halfUp(n: bigint, d: bigint): bigint {
  return down(2n * n + d, 2n * d);
}

/** The nearest integer to n / d; a tie goes to the even neighbour. */
export function halfEven(n: bigint, d: bigint): bigint {
  const q = down(n, d);
  const twice = 2n * (n - q * d);
  if (twice < d) return q;
  if (twice > d) return q + 1n;
  return q % 2n === 0n ? q : q + 1n;
}

/** The nearest integer to n / d; a tie goes away from zero (a loss rounds as a gain does). */
export function halfAwayFromZero(n: bigint, d: bigint): bigint {
  return n < 0n ? -halfUp(-n, d) : halfUp(n, d);
}
