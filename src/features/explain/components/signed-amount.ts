/** A difference with its sign always shown: "+$0.20", "-$0.06", "$0.00". */
export function signed(value: string, format: (value: string) => string): string {
  if (value.startsWith('-')) return format(value);
  return /[1-9]/.test(value) ? `+${format(value)}` : format(value);
}
