import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { decodeText } from '../../src/ingest/decode-text.ts';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';

const report = [
  'Uppföljning av nära vård i Region Skåne 2022',
  '',
  'Region Skåne har under året öppnat mobila team i Hässleholm och Ängelholm. Vårdcentralerna når nu fler äldre med stora vårdbehov, och 84 % av dem har en fast läkarkontakt – ”det märks i väntrummen”.',
  '',
  'Målet för nästa år är att alla ska ha en fast vårdkontakt på sin hälsocentral.',
].join('\n');

function refusal(bytes: Uint8Array): unknown {
  try {
    decodeText(bytes, 'x.txt');
    return null;
  } catch (error) {
    return error;
  }
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with and without BOM, Latin-1 and Windows-1252', () => {
    const utf8 = Buffer.from(report, 'utf8');
    const forms: [string, Buffer][] = [
      ['utf-8', utf8],
      ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])],
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(report, 'utf16le')])],
      ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(report, 'utf16be')])],
      ['utf-16le', iconv.encode(report, 'utf16le')],
      ['utf-16be', iconv.encode(report, 'utf16be')],
      ['windows-1252', iconv.encode(report, 'windows-1252')],
    ];
    for (const [encoding, bytes] of forms) {
      const decoded = decodeText(new Uint8Array(bytes), 'x.txt');
      expect(decoded.text, encoding).toBe(report);
      expect(decoded.encoding).toBe(encoding);
    }
    const latin1 = 'Region Skåne och Västra Götaland: åtgärder för äldre i Örebro län.';
    expect(decodeText(new Uint8Array(iconv.encode(latin1, 'latin1')), 'x.txt').text).toBe(latin1);
  });

  it('follows a declared code page for bytes that are not UTF-8, and ignores a declaration the bytes contradict', () => {
    const bytes = new Uint8Array(iconv.encode(report, 'windows-1252'));
    expect(decodeText(bytes, 'x.html', { declared: 'windows-1252' })).toEqual({ text: report, encoding: 'windows-1252' });
    expect(decodeText(bytes, 'x.html', { declared: 'ISO-8859-1' })).toEqual({ text: report, encoding: 'windows-1252' });
    // Declared UTF-8 or an unknown name: the bytes decide (chardet).
    expect(decodeText(bytes, 'x.html', { declared: 'utf-8' }).text).toBe(report);
    expect(decodeText(bytes, 'x.html', { declared: 'ingen-sådan' }).text).toBe(report);
    // Valid UTF-8 is UTF-8 whatever the page claims.
    expect(decodeText(new Uint8Array(Buffer.from(report)), 'x.html', { declared: 'windows-1252' }).encoding).toBe('utf-8');
  });

  it('refuses random bytes and binary files as REPORT_UNREADABLE with a Swedish reason', () => {
    const zipLike = Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(2000)]);
    for (const bytes of [randomBytes(100_000), zipLike, randomBytes(300)]) {
      const error = refusal(new Uint8Array(bytes));
      expect(isAppError(error) && error.code).toBe('REPORT_UNREADABLE');
      expect((error as Error).message).toMatch(/x\.txt: filen innehåller inte text utan binära data/);
    }
  });

  it('does not refuse text with a stray control character or tabs and form feeds', () => {
    const text = `${report}\n\u000c\tTabell\t12\t14\n${'Mer text om vården. '.repeat(20)}\u0007\u0000`;
    const decoded = decodeText(new Uint8Array(Buffer.from(text)), 'x.txt').text;
    expect(decoded).toContain('Tabell\t12');
    expect(decoded).not.toMatch(/[\u0000\u0007]/);
  });
});

describe('ingestCorpus with text in other encodings and binary files named .txt', () => {
  let directory: string;
  let result: IngestResult;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'utblick-encoding-'));
    await writeFile(path.join(directory, 'latin1.txt'), iconv.encode(report, 'latin1'));
    await writeFile(path.join(directory, 'utf16.md'), iconv.encode(report.replace('Skåne', 'Halland'), 'utf16le'));
    await writeFile(path.join(directory, 'brus.txt'), randomBytes(100_000));
    result = await ingestCorpus(directory);
  });
  afterAll(async () => rm(directory, { recursive: true, force: true }));

  it('keeps å ä ö of a Latin-1 file and of a BOM-less UTF-16 file, and names the encoding', () => {
    const latin = result.reports.find((candidate) => candidate.id === 'latin1');
    expect(latin?.region).toBe('Region Skåne');
    expect(latin?.warnings.join(' ')).toMatch(/teckenkodning windows-1252/);
    expect(result.reports.find((candidate) => candidate.id === 'utf16')?.region).toBe('Region Halland');
    const all = result.passages.map((passage) => passage.text).join('\n');
    expect(all).toContain('Hässleholm och Ängelholm');
    expect(all).not.toMatch(/\ufffd|Ã/);
  });

  it('lists the binary file as a failure and indexes nothing of it', () => {
    expect(result.failures).toEqual([{ file: 'brus.txt', reason: expect.stringMatching(/binära data/) }]);
    expect(result.reports.map((candidate) => candidate.id).sort()).toEqual(['latin1', 'utf16']);
    expect(result.passages.some((passage) => passage.reportId === 'brus')).toBe(false);
  });
});
