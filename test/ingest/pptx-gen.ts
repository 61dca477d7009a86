import pptxgenjs from 'pptxgenjs';
import JSZip from 'jszip';

/**
 * The pptxgenjs class, for tests that write real slide decks. Its types describe CommonJS while Node
 * loads its ES build, whose default export is the class itself.
 */
export const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default;

/**
 * Turns the first slide's title placeholder into a centred title (type="ctrTitle"), as PowerPoint's
 * title-slide layout writes it; pptxgenjs only writes plain title placeholders.
 */
export async function withCentredTitle(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('ppt/slides/slide1.xml')?.async('string');
  if (!xml?.includes('type="title"')) throw new Error('the first slide has no title placeholder');
  zip.file('ppt/slides/slide1.xml', xml.replace('type="title"', 'type="ctrTitle"'));
  return zip.generateAsync({ type: 'uint8array' });
}
