import type { Language } from '../../core/types';
import type { FileFormat } from '../../data/import/detect/importTable';
import type { FileContents } from '../../data/import/lists/fileContents';
import { lx } from './listText';

const CHOICES: Partial<Record<FileFormat, readonly FileContents[]>> = {
  geojson: ['areas', 'programme-areas', 'projects'],
  csv: ['table', 'projects'],
  xlsx: ['table', 'projects'],
};

export interface ContentsChoiceProps {
  format: FileFormat;
  contents: FileContents;
  lang: Language;
  onChange: (contents: FileContents) => void;
}

/** "Inhalt der Datei": what the wizard reads the file as, proposed by detection and changeable. */
export function ContentsChoice({ format, contents, lang, onChange }: ContentsChoiceProps) {
  const choices = CHOICES[format];
  if (!choices) return null;
  return (
    <p className="import-overrides">
      <label>
        <span>{lx(lang, 'contents')} </span>
        <select data-testid="import-contents" value={contents} onChange={(e) => onChange(e.target.value as FileContents)}>
          {choices.map((c) => <option key={c} value={c}>{lx(lang, `contents_${c}`)}</option>)}
        </select>
      </label>
    </p>
  );
}
