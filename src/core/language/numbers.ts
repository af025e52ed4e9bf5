// Numbers as a language writes them, from the `number` part of its lang/<code>/format.yaml: "1,380" and "1 380".

/** The `number` part of a format.yaml that digits need. */
export type DigitFormat = { thousands: string; decimal: string; groupFrom: number };

/** A number in digits, rounded to hundredths, its thousands grouped from `groupFrom` digits on. */
export function digits(x: number, f: DigitFormat): string {
  const [int, frac] = String(Math.round(x * 100) / 100).split('.');
  const grouped = int!.length >= f.groupFrom ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, f.thousands) : int!;
  return frac ? `${grouped}${f.decimal}${frac}` : grouped;
}
