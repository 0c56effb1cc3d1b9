import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS } from './detect.ts';

/** Article files under a directory, recursively, in a stable (code-unit sorted) order. */
export async function listDirectory(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    // Hidden files are editor and OS litter (.DS_Store, swap files), never articles.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listDirectory(path)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

export type Opened = { size: number; directory: boolean };

export async function describePath(path: string): Promise<Opened> {
  const info = await stat(path);
  return { size: info.size, directory: info.isDirectory() };
}

/** The first bytes of a file, enough to recognise its format without reading a large corpus whole. */
export async function readHead(path: string, bytes = 8192): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A short reason for a file-system error, without Node's stack-trace wording. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'cannot read: no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    case 'EISDIR':
      return 'cannot read: is a directory';
    default:
      return `cannot read: ${(error as Error).message}`;
  }
}
