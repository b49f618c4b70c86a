import { describe, expect, it } from 'vitest';
import { firstLoadScripts } from './script-size';

describe('firstLoadScripts', () => {
  it('lists the scripts a modern browser loads, resolved against the page, skipping noModule ones', () => {
    const html = `<head><script src="/_next/a.js" async=""></script>
      <script src="/_next/polyfills.js" noModule=""></script><script>self.__next_f=[]</script>
      <script async src="https://cdn.example/b.js"></script></head>`;
    expect(firstLoadScripts(html, 'http://127.0.0.1:3000/fi')).toEqual([
      'http://127.0.0.1:3000/_next/a.js',
      'https://cdn.example/b.js',
    ]);
  });
});
