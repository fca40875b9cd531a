/** Colors of the inline highlights (page side) and the styles of our own UI (shadow side). */

export const LEVEL_NAMES = [
  'parallax-1',
  'parallax-2',
  'parallax-3',
  'parallax-unique',
  'parallax-differs',
] as const;
export const FLASH = 'parallax-flash';
export const FOCUS = 'parallax-focus';

export const SWATCH: Record<string, string> = {
  'parallax-3': 'rgba(46, 160, 67, 0.30)',
  'parallax-2': 'rgba(46, 160, 67, 0.16)',
  'parallax-1': 'rgba(210, 153, 34, 0.24)',
  'parallax-unique': 'rgba(137, 87, 229, 0.22)',
  'parallax-differs': 'rgba(218, 54, 51, 0.24)',
};

/** `::highlight()` rules: only colors and decorations, which never change layout. */
export const PAGE_CSS = `
::highlight(parallax-3) { background-color: ${SWATCH['parallax-3']}; }
::highlight(parallax-2) { background-color: ${SWATCH['parallax-2']}; }
::highlight(parallax-1) { background-color: ${SWATCH['parallax-1']}; }
::highlight(parallax-unique) { background-color: ${SWATCH['parallax-unique']}; text-decoration: underline dotted rgb(137, 87, 229); }
::highlight(parallax-differs) { background-color: ${SWATCH['parallax-differs']}; text-decoration: underline wavy rgb(218, 54, 51); }
::highlight(parallax-focus) { outline: 2px solid #1a73e8; background-color: rgba(26, 115, 232, 0.25); }
::highlight(parallax-flash) { background-color: rgba(255, 200, 0, 0.65); }
`;

export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.wrap { --bg: #ffffff; --fg: #1b1d22; --muted: #535862; --border: #c9cdd4; --accent: #3b4cca; --focus: #1a73e8; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .wrap { --bg: #1f2126; --fg: #e8e9ec; --muted: #b3b7c0; --border: #454952; --accent: #8c9bff; --focus: #8ab4f8; }
}
.card { position: fixed; max-width: min(380px, calc(100vw - 16px)); background: var(--bg); color: var(--fg); border: 1px solid var(--border);
  border-radius: 8px; padding: 8px 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); pointer-events: none; z-index: 2147483647; }
.card[hidden], .list[hidden] { display: none; }
.card p { margin: 0 0 4px; overflow-wrap: anywhere; }
.card .who { font-weight: 700; }
.card .wording { color: var(--muted); }
.card .diff { color: #b3261e; font-weight: 600; }
@media (prefers-color-scheme: dark) { .card .diff { color: #ff8a80; } }
.dock { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; display: flex; flex-direction: column-reverse; align-items: flex-end; gap: 6px; }
button { cursor: pointer; border: 1px solid var(--border); background: var(--bg); color: var(--fg); border-radius: 6px; padding: 6px 10px; text-align: left; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.toggle { font-weight: 600; box-shadow: 0 2px 10px rgba(0,0,0,.15); }
.toggle .logo { color: var(--accent); font-weight: 800; margin-right: 4px; }
.list { width: min(360px, calc(100vw - 24px)); max-height: min(60vh, 520px); overflow: auto; background: var(--bg); border: 1px solid var(--border);
  border-radius: 8px; padding: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.list h2 { font-weight: 700; margin: 0 0 6px; font-size: 13px; }
.legend, .items { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 4px; }
.sw { display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px; margin-right: 6px; border: 1px solid var(--border); }
.items button { width: 100%; display: flex; gap: 6px; align-items: flex-start; }
.items .txt { overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.off { width: 100%; }
`;
