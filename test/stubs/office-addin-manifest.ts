// office-addin-mock only needs this enum from office-addin-manifest (see ../../../shared/ADDIN-NOTES.md P5).
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
