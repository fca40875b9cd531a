// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightsSection } from '@/components/options/HighlightsSection';
import { hostFromInput } from '@/components/options/host';
import { SensitivitySection } from '@/components/options/SensitivitySection';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

afterEach(cleanup);

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('HighlightsSection', () => {
  it('turns highlights off by default', () => {
    const onChange = vi.fn();
    render(<HighlightsSection settings={settings()} onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: 'Mark sentences on articles by default' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(settings({ highlightsByDefault: false }));
  });

  it('lists each site with its choice, which can be flipped or forgotten', () => {
    const onChange = vi.fn();
    const bySite = { 'www.zeit.de': false, 'example.org': true };
    render(<HighlightsSection settings={settings({ highlightsBySite: bySite })} onChange={onChange} />);
    const sites = screen.getAllByTestId('site');
    expect(sites.map((s) => s.querySelector('.site-host')?.textContent)).toEqual([
      'example.org',
      'www.zeit.de',
    ]);

    const zeit = screen.getByRole('switch', { name: 'Highlights on www.zeit.de' }) as HTMLInputElement;
    expect(zeit.checked).toBe(false);
    fireEvent.click(zeit);
    expect(onChange).toHaveBeenLastCalledWith(
      settings({ highlightsBySite: { 'www.zeit.de': true, 'example.org': true } }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Forget the choice for example.org' }));
    expect(onChange).toHaveBeenLastCalledWith(settings({ highlightsBySite: { 'www.zeit.de': false } }));
  });

  it('says how to get a per-site choice when there is none', () => {
    render(<HighlightsSection settings={settings()} onChange={() => {}} />);
    expect(screen.queryAllByTestId('site')).toHaveLength(0);
    expect(screen.getByText(/No site has its own choice yet/)).toBeTruthy();
  });

  it('adds a typed site with the opposite of the default, and refuses what is not a site', () => {
    const onChange = vi.fn();
    render(<HighlightsSection settings={settings()} onChange={onChange} />);
    const input = screen.getByLabelText('Site (for example www.example.com)');
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('www.example.com');

    fireEvent.input(input, { target: { value: 'https://News.Example.com/world/story.html' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(onChange).toHaveBeenCalledWith(settings({ highlightsBySite: { 'news.example.com': false } }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows hostile host names as text', () => {
    const host = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <HighlightsSection settings={settings({ highlightsBySite: { [host]: true } })} onChange={() => {}} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(host);
  });
});

describe('hostFromInput', () => {
  it('keeps the host of an address or a bare host name, lower case', () => {
    expect(hostFromInput(' WWW.Example.com ')).toBe('www.example.com');
    expect(hostFromInput('http://127.0.0.1:8080/a.html')).toBe('127.0.0.1');
    expect(hostFromInput('example.com/news')).toBe('example.com');
    expect(hostFromInput('bücher.de')).toBe('xn--bcher-kva.de');
  });

  it('refuses text that is not a host', () => {
    for (const bad of ['', '   ', 'two words', 'exa_mple.com', '-bad-.com', 'http://']) {
      expect(hostFromInput(bad), bad).toBeNull();
    }
  });
});

describe('SensitivitySection', () => {
  it('is a labelled radio group with a one-line explanation per choice', () => {
    const onChange = vi.fn();
    render(<SensitivitySection value="balanced" onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Sensitivity' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['strict', 'balanced', 'loose']);
    expect(radios.map((r) => r.checked)).toEqual([false, true, false]);
    const strict = screen.getByLabelText('Strict');
    const hint = document.getElementById(strict.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('fewer mistakes');
    fireEvent.click(strict);
    expect(onChange).toHaveBeenCalledWith('strict');
  });
});
