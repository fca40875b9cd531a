/**
 * A sentence with one value marked: the text is split around the first occurrence of the
 * value (case-insensitive) and the value wrapped in <mark>, all as text nodes.
 */
export function splitAround(text: string, value: string): [string, string, string] | null {
  if (!value) return null;
  const at = text.toLowerCase().indexOf(value.toLowerCase());
  if (at < 0) return null;
  return [text.slice(0, at), text.slice(at, at + value.length), text.slice(at + value.length)];
}

export function Highlight({ text, value }: { text: string; value: string }) {
  const parts = splitAround(text, value);
  if (!parts) return <>{text}</>;
  return (
    <>
      {parts[0]}
      <mark>{parts[1]}</mark>
      {parts[2]}
    </>
  );
}
