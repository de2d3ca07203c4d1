/** The effect of a download, injected so that views stay testable: Blob + <a download>, no server. */
export type Download = (blob: Blob, fileName: string) => void;

export const browserDownload: Download = (blob, fileName) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
