/**
 * What redaction puts where personal data was. Ingest writes the marks; the answer reads them too: a
 * line that is a removed person and a title ("[namn], regiondirektör") names a person, not work done.
 */
export const redactedName = '[namn]';
export const redactedEmail = '[e-post]';
export const redactedPhone = '[telefon]';
export const redactedIdentityNumber = '[personnummer]';
