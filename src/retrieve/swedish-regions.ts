// The region data lives in text/ so that ingest (redaction keeps place names) can read it too.
export { swedishRegions, type SwedishRegion } from '../text/swedish-regions.ts';
