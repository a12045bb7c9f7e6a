import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

import {sourcesHash} from '../sourcesHash';

describe('sourcesHash', () => {
  it('changes with any file content or name below the folder, and only then', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sources-hash-'));
    fs.mkdirSync(path.join(dir, 'lean-client'));
    fs.writeFileSync(path.join(dir, 'lean-client', 'index.ts'), 'export default 1;\n');
    fs.writeFileSync(path.join(dir, 'a.ts'), 'a\n');
    const first = sourcesHash(dir);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(sourcesHash(dir)).toBe(first);

    fs.writeFileSync(path.join(dir, 'lean-client', 'index.ts'), 'export default 2;\n');
    const edited = sourcesHash(dir);
    expect(edited).not.toBe(first);

    fs.renameSync(path.join(dir, 'a.ts'), path.join(dir, 'b.ts'));
    expect(sourcesHash(dir)).not.toBe(edited);
    fs.rmSync(dir, {recursive: true});
  });
});
