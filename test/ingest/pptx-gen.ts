import pptxgenjs from 'pptxgenjs';

/**
 * The pptxgenjs class, for tests that write real slide decks. Its types describe CommonJS while Node
 * loads its ES build, whose default export is the class itself.
 */
export const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default;
