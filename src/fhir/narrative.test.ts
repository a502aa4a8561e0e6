import { describe, expect, it } from 'vitest';
import { escapeXml, narrative } from './narrative.ts';
import { xhtmlProblems } from './testing/xhtml.ts';

describe('narrative', () => {
  it('writes an XHTML div with the namespace, paragraphs, bold leads and lists', () => {
    const n = narrative([
      { lead: 'Pain:', p: '6 of 10.' },
      { lead: 'Notes', list: ['one', 'two'] },
      { list: [] },
    ]);
    expect(n).toEqual({
      status: 'generated',
      div: '<div xmlns="http://www.w3.org/1999/xhtml"><p><b>Pain:</b> 6 of 10.</p><p><b>Notes</b></p><ul><li>one</li><li>two</li></ul></div>',
    });
    expect(xhtmlProblems(n.div)).toEqual([]);
  });

  it('escapes whatever the text holds, so it stays well-formed', () => {
    const hostile = `</p><script>alert(1)</script> & "x" <b>`;
    const n = narrative([{ lead: hostile, p: hostile }, { list: [hostile] }]);
    expect(xhtmlProblems(n.div)).toEqual([]);
    expect(n.div).not.toContain('<script>');
    expect(n.div).toContain('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(escapeXml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });

  it('is caught by the checker when it is not well-formed or not XHTML', () => {
    const root = '<div xmlns="http://www.w3.org/1999/xhtml">';
    expect(xhtmlProblems('<div><p>x</p></div>')).toHaveLength(1);
    expect(xhtmlProblems(`${root}<p>x</div>`)).toEqual(['never closed: p']);
    expect(xhtmlProblems(`${root}<script>x</script></div>`)).toHaveLength(2);
    expect(xhtmlProblems(`${root}<p>a & b</p></div>`)).toEqual(['an unescaped & in: a & b']);
    expect(xhtmlProblems(`${root}<p> </p></div>`)).toEqual(['no text']);
  });
});
