/*
 * Last line of defence for privacy: ingestion redacts contact blocks, but any e-mail address that slips
 * through must never reach a response.
 */
const emailPattern = /[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

export function stripEmails(text: string): string {
  return text.replace(emailPattern, '[e-postadress borttagen]');
}
