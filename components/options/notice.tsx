/** A one-line outcome: polite status for what went well, an alert for what did not. */
export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

export function NoticeLine({ notice, testId }: { notice: Notice | null; testId?: string }) {
  // The live region stays in the page so that a new message is announced when it appears.
  return (
    <p
      class={`notice${notice ? ` notice-${notice.tone}` : ''}`}
      role={notice?.tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {notice?.text ?? ''}
    </p>
  );
}
