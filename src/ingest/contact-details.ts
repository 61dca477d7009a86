import { redactedEmail, redactedPhone } from '../text/redaction-marks.ts';

export { redactedEmail, redactedPhone };
/**
 * E-mail addresses (also written to fool harvesters: "(at)", "[at]", " at ", "snabel-a", "(punkt)")
 * and Swedish phone numbers in running text. Both are contact details of people and never indexed.
 */

const at = String.raw`(?:\s?@\s?|\s?[([{]\s?(?:at|snabel-?a)\s?[)\]}]\s?|\s+(?:at|snabel-?a)\s+)`;
const dot = String.raw`(?:\.|\s?[([{]\s?(?:dot|punkt)\s?[)\]}]\s?)`;
// Starts only where a run of address characters starts, so a long word is not rescanned from every letter.
const emailPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+${at}[\p{L}\p{N}-]+(?:${dot}[\p{L}\p{N}-]+)*${dot}\p{L}{2,}(?![\p{L}\p{N}])`,
  'giu',
);

const emailCue = /@|[([{]\s?(?:at|snabel)|\s(?:at|snabel-?a)\s/i;

export function redactEmails(text: string): string {
  return emailCue.test(text) ? text.replace(emailPattern, redactedEmail) : text;
}

/**
 * Swedish numbers: an area code 0 + 1–3 digits, then the subscriber number, 8–10 digits in all
 * ("070-123 45 67", "08-123 456 78", "010-123 45 67", "0701234567", "031/12 34 56"), or the same in
 * international form ("+46 70 123 45 67", "+46 (0)8 123 456 78", "0046 …"). An area code followed
 * by a plain space is read as a phone number only for mobile numbers or after a cue such as "tel",
 * since tables of figures also hold runs like "05 10 15 20".
 */
const international = String.raw`(?:\+|00)\s?46[\s-]?(?:\(0\)[\s-]?)?[1-9]\d{0,2}(?:[\s-]?\d{2,4}){1,4}`;
const national = String.raw`\(?0[1-9]\d{0,2}\)?(\s?[-–/]\s?|\s)(?:\d{5,8}|\d{2,3}(?:[\s-]\d{2,3}){1,3})`;
const mobileUnbroken = String.raw`07\d{8}`;
const phonePattern = new RegExp(String.raw`(?<![\p{L}\p{N}+])(?:${international}|${national}|${mobileUnbroken})(?![\p{N}])`, 'gu');
const phoneCue = /(?:tel|telefon|telefonnr|tfn|mobil|mobilnr|mob|växel|ring|nr|nummer)\.?:?\s*$/iu;

export function redactPhoneNumbers(text: string): string {
  return text.replace(phonePattern, (match: string, separator: string | undefined, offset: number) => {
    const digits = match.replace(/\D/g, '');
    const internationalForm = /^(?:\+|00)/.test(match);
    const nationalDigits = internationalForm ? digits.replace(/^(?:00)?46(?:0)?/, '0').length : digits.length;
    if (nationalDigits < 8 || nationalDigits > 10) return match;
    if (!internationalForm && separator !== undefined && separator.trim() === '' && !match.startsWith('07')) {
      if (!phoneCue.test(text.slice(Math.max(0, offset - 20), offset))) return match;
    }
    return redactedPhone;
  });
}
