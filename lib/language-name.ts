/**
 * A language's name in English ("ar" -> "Arabic"), for readers: never a raw code where a name
 * exists. No data of its own (the runtime's Intl), so any page may use it.
 */
let names: Intl.DisplayNames | null = null;

export function languageName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    const name = names.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : code;
  } catch {
    return code;
  }
}
