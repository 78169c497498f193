import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Prose } from './Prose';

const html = (text: string) => renderToStaticMarkup(<Prose text={text} />);

describe('Prose', () => {
  it('shows the spans between backticks as code and the rest as text', () => {
    expect(html('Run `aws organizations describe-organization` in both accounts.')).toBe(
      'Run <code>aws organizations describe-organization</code> in both accounts.',
    );
    expect(html('No code here.')).toBe('No code here.');
  });

  it('keeps markup and a lone backtick as plain text', () => {
    expect(html('It says `<img src=x onerror=alert(1)>` and ` alone')).toBe(
      'It says <code>&lt;img src=x onerror=alert(1)&gt;</code> and ` alone',
    );
  });
});
