/**
 * Saving text as a file the reader downloads: a Blob behind an object URL and a link with
 * `download`, so no `downloads` permission is needed.
 */
export function downloadText(
  text: string,
  fileName: string,
  type = 'application/x-ndjson',
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by the next tasks; keep it a while to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
