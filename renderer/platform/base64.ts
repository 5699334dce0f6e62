/**
 * The bytes a base64 string holds (as the contract carries files). Throws on
 * text that is not base64.
 * @example bytesFromBase64('JVBERi0=') // Uint8Array [37, 80, 68, 70, 45] ("%PDF-")
 */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
