/** Saves a file the app produced (text, or bytes sent as base64) through the browser's download. */
export function downloadFile(filename: string, type: string, content: { text: string } | { base64: string }): void {
  let blob: Blob;
  if ('text' in content) blob = new Blob([content.text], { type });
  else {
    const binary = atob(content.base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    blob = new Blob([bytes], { type });
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
