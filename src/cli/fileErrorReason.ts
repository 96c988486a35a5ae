/**
 * Why a file could not be read or written, in words for the user rather than an errno code.
 *
 * @param error - what node:fs threw
 * @example
 * fileErrorReason(Object.assign(new Error(), { code: "ENOENT" })); // => "there is no such file; check the path"
 */
export function fileErrorReason(error: unknown): string {
  const code = (error as { readonly code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "there is no such file; check the path";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return "it is locked or not allowed (is it open in Excel or another program?)";
    default:
      return `the system said ${code ?? (error as Error).message}`;
  }
}
