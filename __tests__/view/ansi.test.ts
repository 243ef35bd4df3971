/** ANSI to HTML: the supported SGR codes become classes, everything else is dropped or escaped. */
import { describe, expect, it } from '@jest/globals';
import { ansiToHtml } from '../../src/view/index.js';

const ESC = '\u001b';

describe('ansiToHtml', () => {
  it('colours 30–37 and 90–97, bold, and resets with 0, 39, 22 and an empty SGR', () => {
    expect(ansiToHtml(`${ESC}[31mred${ESC}[0m plain`)).toBe('<span class="ansi-31">red</span> plain');
    expect(ansiToHtml(`${ESC}[1;94mbright${ESC}[22mthin${ESC}[39mnone${ESC}[m`)).toBe(
      '<span class="ansi-94 ansi-bold">bright</span><span class="ansi-94">thin</span>none',
    );
    expect(ansiToHtml(`${ESC}[37ma${ESC}[90mb${ESC}[97mc${ESC}[30md`)).toBe(
      '<span class="ansi-37">a</span><span class="ansi-90">b</span><span class="ansi-97">c</span><span class="ansi-30">d</span>',
    );
  });

  it('skips extended colours with their parameters, and drops other SGR and non-SGR sequences', () => {
    expect(ansiToHtml(`${ESC}[38;5;31mx${ESC}[38;2;1;32;3my${ESC}[4;41mz`)).toBe('xyz');
    expect(
      ansiToHtml(`a${ESC}[2Kb${ESC}]0;title${ESC}\\c${ESC}]8;;http://x${ESC}[?25ld${ESC}(Be${ESC}[>0cf`),
    ).toBe('abcdef');
  });

  it('escapes markup in the text and in the middle of colours', () => {
    expect(ansiToHtml(`<b>&"'${ESC}[32m<script>x</script>`)).toBe(
      '&lt;b&gt;&amp;&quot;&#39;<span class="ansi-32">&lt;script&gt;x&lt;/script&gt;</span>',
    );
  });
});
