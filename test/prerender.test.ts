/** The build's prerender step: its file names, its page, and its JSON inside `<script>`. */
import { describe, expect, it } from 'vitest';
import { htmlFileFor, pageHtml, PRERENDERED_PATHS, scriptJson } from '../vite-prerender';

const template =
  '<html><head></head><body>\n    <div id="root"></div>\n    <script type="module" src="/a.js"></script>';

describe('the prerender step', () => {
  it('writes each screen where a static host looks for it', () => {
    expect(PRERENDERED_PATHS.map(htmlFileFor)).toEqual([
      'index.html',
      'compare/index.html',
      'estimates/index.html',
      'plan/index.html',
      'margins/index.html',
      'explain/index.html',
      'rate-cards/index.html',
      'explain/customer/index.html',
    ]);
  });

  it('puts the markup in the root and the data beside it, as JSON no text can close', () => {
    const data = { texts: { a: '</script><script>alert(1)</script>', b: '<!-- $& $1' } };
    const html = pageHtml(template, '<p>$& $1 priced</p>', data, 'build-cards');
    expect(html).toContain('<div id="root"><p>$& $1 priced</p></div>');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const json = /<script type="application\/json" id="build-cards">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual(data);
    expect(scriptJson('<')).toBe('"\\u003c"');
  });

  it("preloads the screen's own chunks in the head", () => {
    const html = pageHtml(template, '', {}, 'id', ['assets/compare-page-x.js']);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/compare-page-x.js">\n  </head>');
  });

  it('refuses a page with no root to fill', () => {
    expect(() => pageHtml('<body></body>', '<p>x</p>', {}, 'id')).toThrow('no <div id="root"></div>');
  });
});
