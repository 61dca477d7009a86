import { redactedName } from '../text/redaction-marks.ts';
import { escapeRegExp } from '../text/word-pattern.ts';
import { redactEmails, redactPhoneNumbers } from './contact-details.ts';
import { redactIdentityNumbers } from './identity-numbers.ts';
import { followedByOrganisation, isFirstName, isPersonName, leadingPersonName, trailingPersonName } from './person-names.ts';

/**
 * Keeps personal data out of passages. Layers, because reports show all of them:
 * 1. personnummer/samordningsnummer (check digit validated), e-mail addresses (also obfuscated) and
 *    phone numbers, anywhere;
 * 2. names captured from the form's contact block ("Ditt namn: …"), from a signature block (a lone
 *    name line followed by a title line) or from a role context, removed everywhere in that report;
 * 3. names in a role or contact context in running text: "Förnamn Efternamn, <roll>",
 *    "<Roll> Förnamn Efternamn", "Kontaktperson: …", "Förnamn Efternamn, [telefon]".
 * Whether a run of capitalised words is a person is judged in person-names.ts alone.
 */

export { redactedEmail, redactedPhone } from './contact-details.ts';
export { redactedIdentityNumber } from './identity-numbers.ts';
export { redactedName };

const nameWord = String.raw`\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)?`;
// Up to three name words and one initial; leadingPersonName decides how many of them are the name.
const nameRun = String.raw`${nameWord}(?: \p{Lu}\.?)?(?: ${nameWord}){1,2}`;
const nameLinePattern = new RegExp(`^${nameRun}$`, 'u');

// Role words: a word ending like a job title ("områdeschef", "Samordnaren", "Kontaktperson"), elected
// offices included ("regionråd", "kommunalråd": politicians named in a report are persons too).
const roles =
  'chef strateg samordnare ledare ansvarig utredare apotekare forskare läkare sköterska barnmorska direktör handläggare ordförande professor docent doktorand koordinator sekreterare analytiker specialist controller kommunikatör konsult terapeut psykolog kurator dietist rådgivare utvecklare representant ombud ledamot rektor kontaktperson kontakt författare föredragande råd politiker minister socionom sjukgymnast tjänsteperson tjänsteman';
const eitherCase = (word: string): string => `[${word[0]!.toLocaleUpperCase('sv')}${word[0]}]${word.slice(1)}`;
const roleSuffix = `(?:${roles.split(' ').map(eitherCase).join('|')})`;
// Definite and plural endings: "chefen", "samordnaren", "utredarna" (-are → -arna), "analytikerna".
const rolePlural = `(?:${roles.split(' ').filter((role) => role.endsWith('are')).map((role) => eitherCase(`${role.slice(0, -1)}na`)).join('|')})`;
const roleWord = String.raw`\p{L}*(?:${rolePlural}|${roleSuffix}(?:en|n|na|er|erna)?)`;
const authoredBy = `(?:${'skriven skrivet författad sammanställd sammanställt framtagen framtaget upprättad'.split(' ').map(eitherCase).join('|')})\\s+av`;
// "hälso- och sjukvårdsdirektör": a shared compound start before the role word.
const roleAfterName = new RegExp(
  String.raw`(?<![\p{L}])(${nameRun})(?=,?\s+\(?(?:och\s+)?(?:\p{Ll}+-\s+och\s+)?\p{Ll}*${roleSuffix}(?:en|n)?(?![\p{L}]))`,
  'gu',
);
// Quoted speech in news items names the speaker: "…, säger Anna Berg."
const speechVerb = `(?:${'säger berättar förklarar menar konstaterar understryker betonar fortsätter avslutar tycker tror framhåller'.split(' ').map(eitherCase).join('|')})`;
const roleBeforeName = new RegExp(String.raw`(?<![\p{L}])((?:${roleWord}|${authoredBy}|${speechVerb})(?:\s*[:,–-])?\s+)(${nameRun})`, 'gu');
// Further names in a list after a removed one: "utredarna [namn], Per Ek och Eva Lund".
const listedAfterName = new RegExp(String.raw`(\[namn\](?:,\s*|\s+och\s+|\s+samt\s+))(${nameRun})`, 'gu');
// A name right before a contact detail already redacted: "Lisa Ek, [telefon]", "Erik Berg ([e-post])".
const nameBeforeContact = new RegExp(String.raw`(?<![\p{L}])(${nameRun})(?=[\s,:;(–-]{1,4}(?:tel\.?|telefon|mobil|e-post)?:?\s?\[(?:telefon|e-post)\])`, 'gu');
// Two people by first name only, as web articles present staff: "Anna och Christina arbetar i teamet".
const pairedFirstNames = new RegExp(String.raw`(?<![\p{L}])(${nameWord})(\s+(?:och|&)\s+)(${nameWord})(?![\p{L}])`, 'gu');
// A first name alone is "Per" in "Per den 31 december": only one of four letters or more counts as the person named in full.
const shortestLoneFirstName = 4;
// Cheap tests that let most lines skip the name patterns (which try every capitalised word).
const roleCue = new RegExp(`${roleSuffix}|${rolePlural}|${speechVerb}|${authoredBy}`, 'u');
const contactCue = /\[(?:telefon|e-post)\]/;

const titleLinePattern = new RegExp(String.raw`^\p{L}*${roleSuffix}(?![\p{L}])`, 'u');

/** Contact details and identity numbers: the rules that need no context. */
export function redactContactDetails(text: string): string {
  return redactPhoneNumbers(redactEmails(redactIdentityNumbers(text)));
}

/**
 * Names from "Ditt namn: …" / "Kontaktperson: …" lines (after inline cleaning). The form's name field
 * holds a name whatever it looks like; after "Kontakt:" only capitalised words are one ("Kontakt: via
 * vårdcentralen" names nobody, and must not make "vårdcentralen" a surname to remove everywhere).
 */
export function namesFromContactLines(lines: string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const match = /^(ditt namn|ditt för- och efternamn|namn|kontaktperson|kontakt|uppgiftslämnare)\s*:\s*(.+)$/i.exec(line.trim());
    if (!match) continue;
    const name = match[2]!.replace(/[,;(].*$/, '').trim();
    const nameField = /namn/i.test(match[1]!);
    const plausible = nameField ? /^[\p{L}'. -]+$/u.test(name) && name.split(/\s+/).length <= 5 : nameLinePattern.test(name);
    if (/\p{L}/u.test(name) && plausible) names.push(name);
  }
  return names;
}

/** A signature block: a person-name line followed by a title line ("Strateg, länssamordning …"). */
export function signatureName(lines: string[]): string | null {
  if (lines.length < 2 || lines.length > 4) return null;
  const [first, second] = [lines[0]?.trim() ?? '', lines[1]?.trim() ?? ''];
  if (!nameLinePattern.test(first) || !isPersonName(first.split(/\s+/))) return null;
  return titleLinePattern.test(second) ? first : null;
}

/** Names written in a role or contact context in a line, for removal everywhere else in the report. */
export function namesInRoleContext(input: string): string[] {
  const text = redactContactDetails(input);
  const names: string[] = [];
  if (!roleCue.test(text) && !contactCue.test(text)) return names;
  for (const match of text.matchAll(roleBeforeName)) {
    const name = leadingPersonName(match[2]!);
    if (name) names.push(name);
  }
  for (const pattern of [roleAfterName, nameBeforeContact]) {
    for (const match of text.matchAll(pattern)) {
      const name = trailingPersonName(match[1]!);
      if (name && !followedByOrganisation(text.slice((match.index ?? 0) + match[1]!.length))) names.push(name);
    }
  }
  return names;
}

/** Builds the redactor for one report, given the names captured from its contact, signature and role contexts. */
export function createRedactor(knownNames: string[]): (text: string) => string {
  const variants = new Set<string>();
  for (const name of knownNames) {
    variants.add(name);
    const words = name.split(/\s+/);
    const surname = words.at(-1);
    if (words.length > 1 && surname && surname.length >= 4) variants.add(surname);
    // "Anna Berg" named in the report is "Anna" further on.
    const first = words[0];
    if (words.length > 1 && first && first.length >= shortestLoneFirstName && isFirstName(first)) variants.add(first);
  }
  const knownPattern =
    variants.size > 0
      ? new RegExp(`(?<![\\p{L}])(?:${[...variants].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu')
      : null;
  return (input: string) => {
    let text = redactContactDetails(input);
    if (knownPattern) text = text.replace(knownPattern, redactedName);
    const hasRole = roleCue.test(text);
    if (hasRole) {
      text = text.replace(roleBeforeName, (match, role: string, candidate: string) => {
        const name = leadingPersonName(candidate);
        return name ? `${role}${redactedName}${candidate.slice(name.length)}` : match;
      });
    }
    // The run may start with a word that is not part of the name ("Enligt Erik Johansson, chef").
    const personAt = (match: string, candidate: string, offset: number, whole: string) => {
      const name = trailingPersonName(candidate);
      if (!name || followedByOrganisation(whole.slice(offset + candidate.length))) return match;
      return `${candidate.slice(0, candidate.length - name.length)}${redactedName}`;
    };
    if (hasRole) text = text.replace(roleAfterName, personAt);
    if (contactCue.test(text)) text = text.replace(nameBeforeContact, personAt);
    text = text.replace(pairedFirstNames, (match, first: string, joint: string, second: string) =>
      isFirstName(first) && isFirstName(second) ? `${redactedName}${joint}${redactedName}` : match,
    );
    for (let previous = ''; previous !== text && text.includes(redactedName); ) {
      previous = text;
      text = text.replace(listedAfterName, (match, joint: string, candidate: string) => {
        const name = leadingPersonName(candidate);
        return name ? `${joint}${redactedName}${candidate.slice(name.length)}` : match;
      });
    }
    return text;
  };
}
