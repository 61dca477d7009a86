import path from 'node:path';

/** Random-weight BERT made by scripts/make-tiny-model.py: the real file layout, meaningless vectors. */
export const tinyModelDir = path.join(import.meta.dirname, '..', 'fixtures', 'tiny-model', 'utblick-tiny-bert');
