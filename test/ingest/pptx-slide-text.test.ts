import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { notesLabel, slideText } from '../../src/ingest/pptx-slide-text.ts';

const namespaces =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
const slide = (shapes: string) => parse(`<p:sld ${namespaces}><p:cSld><p:spTree>${shapes}</p:spTree></p:cSld></p:sld>`);
const notes = (shapes: string) => parse(`<p:notes ${namespaces}><p:cSld><p:spTree>${shapes}</p:spTree></p:cSld></p:notes>`);
const run = (text: string) => `<a:r><a:rPr lang="sv-SE"/><a:t>${text}</a:t></a:r>`;
const shape = (placeholder: string | null, paragraphs: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="x"/><p:cNvSpPr/><p:nvPr>${placeholder === null ? '' : `<p:ph ${placeholder}/>`}</p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/>${paragraphs}</p:txBody></p:sp>`;

describe('slideText', () => {
  it('puts the title first, bullets of a body placeholder by level, and leaves out date, footer and slide number', () => {
    const text = slideText(
      slide(
        shape('type="body" idx="1"', `<a:p>${run('Fler besök i hemmet')}</a:p><a:p><a:pPr lvl="2"/>${run('Även på helger')}</a:p><a:p><a:pPr><a:buNone/></a:pPr>${run('Källa: egen uppföljning')}</a:p>`) +
          shape('type="title"', `<a:p>${run('Hemsjukvård ')}<a:br/>${run('dygnet runt')}</a:p>`) +
          shape('type="sldNum" idx="12"', `<a:p><a:fld type="slidenum"><a:t>7</a:t></a:fld></a:p>`) +
          shape('type="ftr" idx="11"', `<a:p>${run('Provregionen | Åsa Kvist')}</a:p>`) +
          shape('type="dt" idx="10"', `<a:p>${run('2024-05-02')}</a:p>`),
      ),
      null,
    );
    expect(text).toBe('Hemsjukvård dygnet runt\n\n- Fler besök i hemmet\n    - Även på helger\nKälla: egen uppföljning');
  });

  it('reads text boxes as plain lines unless a paragraph has a bullet, groups and one branch of alternate content', () => {
    const box = shape(null, `<a:p>${run('Vi följer upp')}</a:p><a:p><a:pPr><a:buChar char="•"/></a:pPr>${run('väntetider')}</a:p><a:p/>`);
    const group = `<p:grpSp><p:nvGrpSpPr/>${shape(null, `<a:p>${run('I gruppen')}</a:p>`)}</p:grpSp>`;
    const alternate = `<mc:AlternateContent><mc:Choice Requires="p14">${shape(null, `<a:p>${run('Valet')}</a:p>`)}</mc:Choice><mc:Fallback>${shape(null, `<a:p>${run('Valet')}</a:p>`)}</mc:Fallback></mc:AlternateContent>`;
    expect(slideText(slide(box + group + alternate), null)).toBe('Vi följer upp\n- väntetider\n\nI gruppen\n\nValet');
  });

  it('turns a table into rows of cells, skipping empty rows', () => {
    const cell = (text: string) => `<a:tc><a:txBody><a:bodyPr/><a:p>${text ? run(text) : ''}</a:p></a:txBody></a:tc>`;
    const table = `<p:graphicFrame><a:graphic><a:graphicData><a:tbl><a:tr>${cell('Område')}${cell('Andel')}</a:tr><a:tr>${cell('')}${cell('')}</a:tr><a:tr>${cell('Östra')}${cell('62 %')}</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
    expect(slideText(slide(shape('type="title"', `<a:p>${run('Andel per område')}</a:p>`) + table), null)).toBe('Andel per område\n\n| Område | Andel |\n| Östra | 62 % |');
  });

  it('adds the notes page’s body text, labelled, and nothing of its slide image or number', () => {
    const notesPage = notes(shape('type="sldImg"', '') + shape('type="body" idx="1"', `<a:p>${run('Berätta om försöket.')}</a:p><a:p>${run('Nämn resultaten.')}</a:p>`) + shape('type="sldNum" idx="5"', `<a:p>${run('3')}</a:p>`));
    expect(slideText(slide(shape('type="title"', `<a:p>${run('Försöket')}</a:p>`)), notesPage)).toBe(`Försöket\n\n${notesLabel} Berätta om försöket.\nNämn resultaten.`);
    expect(slideText(slide(''), null)).toBe('');
  });

  it('reads a SmartArt diagram’s nodes, through the relationship the slide names, as list items', () => {
    const frame =
      '<p:graphicFrame><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">' +
      '<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:dm="rId7" r:lo="rId8"/>' +
      '</a:graphicData></a:graphic></p:graphicFrame>';
    const point = (type: string | null, text: string) => `<dgm:pt modelId="${text}"${type ? ` type="${type}"` : ''}><dgm:t><a:bodyPr/><a:p>${run(text)}</a:p></dgm:t></dgm:pt>`;
    const data = parse(
      `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" ${namespaces}><dgm:ptLst>` +
        `${point('doc', 'Dokument')}${point(null, 'Inskrivning')}${point('parTrans', 'Pil')}${point('node', 'Hemgång med stöd')}${point('pres', 'Ruta')}</dgm:ptLst></dgm:dataModel>`,
    );
    const asked: string[] = [];
    const text = slideText(slide(shape('type="title"', `<a:p>${run('Vårdkedjan')}</a:p>`) + frame), null, (id) => {
      asked.push(id);
      return id === 'rId7' ? data : null;
    });
    expect(text).toBe('Vårdkedjan\n\n- Inskrivning\n- Hemgång med stöd');
    expect(asked).toEqual(['rId7']);
  });
});
