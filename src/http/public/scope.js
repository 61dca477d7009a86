// Which regions a request covers, in words, for the matrix and summary forms.

export function describeScope(regions, all) {
  if (regions.length === 0) return all.length ? `Alla regioner i urvalet (${all.length}).` : 'Alla regioner.';
  return `Regioner: ${regions.join(', ')} (ändra under Filter).`;
}
