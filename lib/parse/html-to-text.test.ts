import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { htmlToText, textToHtml } from './html-to-text';

const convert = (html: string) => htmlToText(load(html).root().toArray());

describe('htmlToText', () => {
  it('keeps one block per line and marks list items', () => {
    const { text } = convert('<h2>Requirements</h2><ul><li><p>5+ years</p></li><li>SQL</li></ul><p>Bye<br>now</p>');
    expect(text).toBe('Requirements\n- 5+ years\n- SQL\nBye\nnow');
  });

  it("reads a table's rows as lines, a label's cell before its value's, wider rows' cells apart (set-80)", () => {
    const { text, html } = convert(
      '<table><tr><th>Voce</th><th>Dettaglio</th></tr><tr><td><strong>Modalità di lavoro</strong></td><td>Ibrida: 2 giorni a settimana</td></tr><tr><td>Sede:</td><td>Sesto</td></tr><tr><td>SAP</td><td>Excel</td><td>Power BI</td></tr></table>',
    );
    expect(text).toBe('Voce: Dettaglio\nModalità di lavoro: Ibrida: 2 giorni a settimana\nSede: Sesto\nSAP | Excel | Power BI');
    expect(html).toContain('<p><strong>Modalità di lavoro</strong>: Ibrida: 2 giorni a settimana</p>');
  });

  it('rebuilds hostile HTML from the allow-list: no script, handler, URL, style or frame survives', () => {
    const hostile = `<p onclick="steal()">Hi <a href="javascript:alert(1)">there</a></p>
      <script>window.pwned = 1</script><img src=x onerror="window.pwned=1"><svg onload="x()"></svg>
      <iframe src="https://evil.example"></iframe><style>body{display:none}</style>
      <form action="https://evil.example"><input name=a></form><p style="background:url(data:x)">&lt;b&gt;text&lt;/b&gt;</p>`;
    const { html, text } = convert(hostile);
    expect(html).toBe('<p>Hi there</p> <p>&lt;b&gt;text&lt;/b&gt;</p>');
    expect(text).toBe('Hi there\n<b>text</b>');
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|iframe|style|href|src=/i);
  });

  it('reads tags named like Object members (constructor, toString, valueOf) as plain text containers', () => {
    const { html, text } = convert('<div><constructor>a</constructor><tostring>b</tostring><valueof>c</valueof><hasownproperty>d</hasownproperty></div>');
    expect(html).toBe('<p>abcd</p>');
    expect(text).toBe('abcd');
  });

  it('drops LinkedIn spacer paragraphs', () => {
    expect(convert('<p><br></p><p>Text</p><p> </p>').html).toBe('<p>Text</p>');
  });

  it('drops blocks left empty once their empty children are gone, but keeps lists and any text', () => {
    expect(convert('<ul><li><p>&nbsp;</p><strong> <br> </strong></li></ul><p>a <em> </em> b</p>').html).toBe('<ul></ul><p>a b</p>');
    expect(convert('<div><p><img src=x></p></div>').html).toBe('');
    expect(convert('<li><ul></ul></li><li>&lt;</li>').html).toBe('<li><ul></ul></li><li>&lt;</li>');
  });

  it('survives pathological nesting without a stack overflow', () => {
    const deep = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000);
    expect(() => convert(deep)).not.toThrow();
  });
});

describe('textToHtml', () => {
  it('escapes text and turns "- " lines into a list', () => {
    expect(textToHtml('Intro <b>\n- one\n- two\nEnd')).toBe('<p>Intro &lt;b&gt;</p><ul><li>one</li><li>two</li></ul><p>End</p>');
  });
});
