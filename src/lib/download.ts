/** Saves a file the page made (CSV, PNG, SVG) through a temporary link, as browsers require. */
export function saveBlob(blob: Blob, filename: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 2000);
}

/** CSV with a UTF-8 type, so spreadsheets read Vietnamese names correctly. */
export function saveCsv(text: string, filename: string): void {
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
}
