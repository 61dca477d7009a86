import { redactedIdentityNumber } from '../text/redaction-marks.ts';

export { redactedIdentityNumber };
import personnummerModule from 'personnummer';

// The package's types declare an ES default export, but its CommonJS build (what Node loads) sets
// module.exports to the class itself; accept either shape.
const Personnummer = ((personnummerModule as unknown as { default?: unknown }).default ?? personnummerModule) as typeof personnummerModule.default;

/**
 * Personnummer and samordningsnummer in every written form: 10 or 12 digits, with "-", "+" (over
 * 100 years), a space or nothing before the last four ("191212121212", "19121212 1212",
 * "121212-1212", "121212+1212"). A candidate is removed only when the personnummer library accepts
 * its date and check digit, so dates, case numbers and other ten-digit figures survive.
 */
const candidatePattern =
  /(?<![\p{N}\p{L}])((?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01]))(?:\s?([-+–])\s?|\s)?(\d{4})(?![\p{N}\p{L}])/gu;

export function isIdentityNumber(datePart: string, separator: string | undefined, lastFour: string): boolean {
  const pin = `${datePart}${separator === '+' ? '+' : '-'}${lastFour}`;
  try {
    return Personnummer.valid(pin, { allowCoordinationNumber: true, allowInterimNumber: false });
  } catch {
    return false;
  }
}

export function redactIdentityNumbers(text: string): string {
  return text.replace(candidatePattern, (match, datePart: string, separator: string | undefined, lastFour: string) =>
    isIdentityNumber(datePart, separator, lastFour) ? redactedIdentityNumber : match,
  );
}
