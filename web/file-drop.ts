import { decodeArticle, decodeGlossary, isGlossaryFile } from './file-text.js';

export interface FileHandlers {
  article(text: string, name: string): void;
  glossary(text: string, name: string): void;
  /** A file that could not be read as text: `names.yaml is not valid UTF-8`. */
  refused(message: string, asGlossary: boolean): void;
}

/**
 * Files into the page: the two file inputs, and a file dropped anywhere on it, which goes to the glossary
 * by its extension (.yaml, .yml, .json) and to the text otherwise. Decoded as the CLI decodes them.
 */
export function acceptFiles(articleInput: HTMLInputElement, glossaryInput: HTMLInputElement, handlers: FileHandlers): void {
  const open = async (file: File, asGlossary: boolean): Promise<void> => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      if (asGlossary) handlers.glossary(decodeGlossary(bytes), file.name);
      else handlers.article(decodeArticle(bytes), file.name);
    } catch (error) {
      handlers.refused(`${file.name} ${(error as Error).message}`, asGlossary);
    }
  };
  const chosen = (input: HTMLInputElement, asGlossary: boolean) => () => {
    const file = input.files?.[0];
    if (file) void open(file, asGlossary);
  };
  articleInput.addEventListener('change', chosen(articleInput, false));
  glossaryInput.addEventListener('change', chosen(glossaryInput, true));
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    document.body.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void open(file, isGlossaryFile(file.name));
  });
}
