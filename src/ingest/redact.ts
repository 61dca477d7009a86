/**
 * Keeps personal data out of passages. Three layers, because the seeds show all three:
 * 1. anything that looks like an e-mail address or a Swedish personal identity number, anywhere;
 * 2. names captured from the form's contact block ("Ditt namn: …") or from a signature block
 *    (a lone name line followed by a title line), removed everywhere in that report;
 * 3. "Förnamn Efternamn, <roll>" / "<roll> Förnamn Efternamn" in running text, where the role word
 *    is what makes the capitalised pair a person rather than a place or an organisation.
 */

export const redactedName = '[namn]';
export const redactedEmail = '[e-post]';
export const redactedIdentityNumber = '[personnummer]';

const emailPattern = /[\p{L}\p{N}._%+-]+[ \t]?@[ \t]?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Date part validated (month 01–12, day 01–31 or 61–91 for coordination numbers) so that other
// numbers with a dash survive.
const identityNumberPattern = /\b(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+]\d{4}\b/g;

const nameWord = "[A-ZÅÄÖÉÜ][a-zåäöéüè']+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüè']+)?";
const personName = `${nameWord}(?: [A-ZÅÄÖ]\\.?)?(?: ${nameWord}){1,2}`;
const nameLinePattern = new RegExp(`^${personName}$`, 'u');

// Role words: a lower-case word ending like a job title ("områdeschef", "uppdragsledare", "apotekare").
const roleSuffix =
  '(?:chef|strateg|samordnare|ledare|ansvarig|utredare|apotekare|forskare|läkare|sköterska|direktör|handläggare|ordförande|professor|docent|doktorand|koordinator|sekreterare|analytiker|specialist|controller|kommunikatör|konsult|projektledare|terapeut|psykolog)';
const roleAfterName = new RegExp(`\\b(${personName})(?=,?\\s+(?:och\\s+)?\\p{Ll}*${roleSuffix}\\b)`, 'gu');
// Only titles that are commonly written before a name in Swedish prose.
const roleBeforeName = new RegExp(
  `\\b((?:[Ff]orskare|[Pp]rofessor|[Dd]ocent|[Dd]oktorand|[Öö]verläkare|[Pp]rojektledare|[Ss]trateg|[Uu]tredare)\\s+)(${personName})\\b`,
  'gu',
);
// Cheap tests for what each pattern needs somewhere in the line; most lines have none, and the
// patterns above are costly to run (Unicode classes, backtracking) on every line of a long report.
const mayHaveRoleAfter = new RegExp(roleSuffix, 'u');
const mayHaveRoleBefore = /(?:[Ff]orskare|[Pp]rofessor|[Dd]ocent|[Dd]oktorand|[Öö]verläkare|[Pp]rojektledare|[Ss]trateg|[Uu]tredare)\s/u;
const titleLinePattern = new RegExp(`^\\p{Lu}?\\p{Ll}*${roleSuffix}\\b`, 'iu');

// First words that make a capitalised pair an organisation or place, never a person.
const organisationWords = new Set(
  'region regionen kommun kommunen landsting landstinget sjukhus socialstyrelsen skr vårdcentral vårdcentralen hälsocentral närsjukvården närsjukvård länsstyrelsen universitet högskolan fou rss nära god folktandvården ambulanssjukvården psykiatrin hallands västerbottens dalarnas gävleborgs sveriges svenska nationella regional regionala säker'.split(
    ' ',
  ),
);

function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/);
  return !words.some((word) => organisationWords.has(word.toLowerCase()));
}

/** Names from "Ditt namn: …" lines (after inline cleaning). */
export function namesFromContactLines(lines: string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const match = /^(?:ditt namn|namn|kontaktperson|uppgiftslämnare)\s*:\s*(.+)$/i.exec(line.trim());
    const name = match?.[1]?.trim();
    if (name && /\p{L}/u.test(name)) names.push(name);
  }
  return names;
}

/** A signature block: a person-name line followed by a title line ("Strateg, länssamordning …"). */
export function signatureName(lines: string[]): string | null {
  if (lines.length < 2 || lines.length > 4) return null;
  const [first, second] = [lines[0]?.trim() ?? '', lines[1]?.trim() ?? ''];
  if (!nameLinePattern.test(first) || !looksLikePerson(first)) return null;
  return titleLinePattern.test(second) ? first : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds the redactor for one report, given the names captured from its contact and signature blocks. */
export function createRedactor(knownNames: string[]): (text: string) => string {
  const variants = new Set<string>();
  for (const name of knownNames) {
    variants.add(name);
    const words = name.split(/\s+/);
    const surname = words.at(-1);
    if (words.length > 1 && surname && surname.length >= 4) variants.add(surname);
  }
  const knownPattern =
    variants.size > 0
      ? new RegExp(`(?<![\\p{L}])(?:${[...variants].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu')
      : null;
  return (input: string) => {
    let text = input;
    if (text.includes('@')) text = text.replace(emailPattern, redactedEmail);
    if (text.includes('-') || text.includes('+')) text = text.replace(identityNumberPattern, redactedIdentityNumber);
    if (knownPattern) text = text.replace(knownPattern, redactedName);
    if (mayHaveRoleAfter.test(text)) text = text.replace(roleAfterName, (match, name: string) => (looksLikePerson(name) ? redactedName : match));
    if (mayHaveRoleBefore.test(text)) {
      text = text.replace(roleBeforeName, (match, role: string, name: string) => (looksLikePerson(name) ? `${role}${redactedName}` : match));
    }
    return text;
  };
}
