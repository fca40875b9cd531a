/**
 * The text of a file chosen for import, decoded as UTF-8 the way `parallax corpus check` does
 * (lib/text/decode.ts): a file that is not text, or lines holding bytes that are not UTF-8,
 * are problems with their line rather than text silently changed into U+FFFD. A file over the
 * size limit (limits.ts) is refused before it is read.
 */
import { decodeUtf8, invalidUtf8Problems, NOT_TEXT } from '../text/decode.ts';
import { ImportError, UnreadableFileError } from './errors.ts';
import { sizeProblem } from './limits.ts';

/** The file's text; rejects with UnreadableFileError, or ImportError when it is not UTF-8 text. */
export async function readSourceText(source: Blob): Promise<string> {
  const tooLarge = sizeProblem(source.size);
  if (tooLarge) throw new ImportError([tooLarge]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await source.arrayBuffer());
  } catch (cause) {
    throw new UnreadableFileError({ cause });
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.binary) throw new ImportError([{ line: null, message: NOT_TEXT }]);
  if (decoded.invalidLines.length > 0) throw new ImportError(invalidUtf8Problems(decoded.invalidLines));
  return decoded.text;
}
