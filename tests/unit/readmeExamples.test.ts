import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const ignored = readFileSync(resolve(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim().replace(/\/$/, ''));

describe("the README's export examples", () => {
  it('write into a folder git ignores, so trying them leaves the work tree clean', () => {
    const folders = new Set(
      [...readme.matchAll(/--out (\S+)\/\S+/g)].map((match) => match[1] ?? ''),
    );
    expect([...folders]).not.toEqual([]);
    for (const folder of folders) expect(ignored, `${folder}/ in .gitignore`).toContain(folder);
  });

  it('say that a --view link lends only its query, as the script reads it', () => {
    const hosted = readme.match(/--view '(https?:\/\/[^']+)'/);
    expect(hosted, 'an example with a host').not.toBeNull();
    expect(readme).toMatch(/only the query \(from `\?` on\) is used/);
  });
});

describe("the README's local tries", () => {
  it('name npm run preview, the command that serves the build as the sandboxed embed needs', () => {
    expect(readme).toContain('npm run build && npm run preview');
  });
});
