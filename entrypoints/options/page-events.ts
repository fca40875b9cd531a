/** Small helpers of the options page: when it is shown again, and an error as text. */
export function onVisible(listener: () => void, doc: Document = document): () => void {
  const handler = () => {
    if (doc.visibilityState === 'visible') listener();
  };
  doc.addEventListener('visibilitychange', handler);
  return () => doc.removeEventListener('visibilitychange', handler);
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
