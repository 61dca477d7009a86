/**
 * Lines that the survey form prints around answers and that carry no answer. Matched against a
 * whole, already cleaned line. "link-note" is the form's note that answers n in part a and part b
 * belong together; it is kept as a label so that the structure step can link the items.
 */

const dropPatterns: RegExp[] = [
  /^beskriv med max \d+ tecken\.?$/i,
  /^lämna gärna en kommentar(?: här)?:?$/i,
  /^ja,? beskriv\b[^.]{0,60}:$/i,
  /^nej\.?$/i,
  /^-?\s*bifoga målbild\b/i,
  /^tack för dina svar!?$/i,
  /^klicka här för att skriva ut dina svar\.?$/i,
  /^klicka här för en läsversion av enkäten\.?$/i,
  /^ett svarskvitto (?:har skickats|kommer att skickas)\b/i,
  /^du kan ändra dina svar\b/i,
  /^eventuella påminnelser om att svara på enkäten\b/i,
  /^(?:ditt namn|ditt för- och efternamn|din e-postadress|e-postadress|telefonnummer|telefon)\s*:/i,
  /^(?:region|rss|kommun|län)\s*:\s*\S.{0,60}$/i,
  // A form field label left without a value.
  /^(?:ange indextal|andel i procent)$/i,
];

const linkNote = /^svaren 1\s*-\s*x i fråga a hänger ihop med svaren 1\s*-\s*x i fråga b\.?$/i;

export type BoilerplateKind = 'drop' | 'link-note' | null;

export function classifyBoilerplate(line: string): BoilerplateKind {
  const text = line.trim();
  if (text === '') return 'drop';
  if (linkNote.test(text)) return 'link-note';
  return dropPatterns.some((pattern) => pattern.test(text)) ? 'drop' : null;
}
