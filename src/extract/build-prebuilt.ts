// What `npm run build` (scripts/build.js) runs on the compiled extractor: each prebuilt table (prebuilt.ts) written
// where the module that reads it looks for it. Returns the files the tables were made from besides the sources
// (data/model/), which the build lists among its inputs, so a retrained model rebuilds them; a table made from a
// package records its version instead, and is left unused once another is installed.
import { writeShippedPack } from './credibility/shipped.ts';
import { writeCheckedData } from './data.ts';
import { writePackageGenders } from './names/package-genders.ts';
import './pipeline.ts'; // every PhraseMatcher of the stages, made as their modules load
import { writePhraseWords } from './text/phrase-words.ts';

export function writePrebuilt(): string[] {
  // Last: the data files parsed so far, the pack's and the tables' included.
  return [...writeShippedPack(), ...writePhraseWords(), ...writePackageGenders(), ...writeCheckedData()];
}
