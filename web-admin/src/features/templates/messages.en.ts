import type { Translation } from "@aduan/ui/i18n";
import type { TemplatesMessages } from "./messages.id";

export const templatesEn: Translation<TemplatesMessages> = {
  heading: "Rejection reason templates",
  intro: "The reasons verifiers pick when they reject a report; the reporter receives them.",
  loadError: "The templates could not be loaded.",
  empty: "No templates yet.",
  edit: "Edit",
  delete: "Delete",
  editOne: "Edit the template {{title}}",
  deleteOne: "Delete the template {{title}}",
  newHeading: "New template",
  editHeading: "Edit the template",
  title: "Template title",
  body: "Reason text",
  titleMissing: "Write a title for the template.",
  create: "Add the template",
  save: "Save changes",
  cancel: "Cancel",
  created: 'Template "{{title}}" added.',
  updated: 'Template "{{title}}" saved.',
  deleted: 'Template "{{title}}" deleted.',
};
