export { AppShell, type AppShellProps } from "./app-shell";
export { Button, type ButtonProps } from "./button";
export { CHART } from "./chart-theme";
export {
  Chip,
  type DispositionStatus,
  DispositionStatusChip,
  type ReportStatus,
  ReportStatusChip,
  type Tone,
} from "./chip";
export { ConnectionList, type ConnectionListProps, type ConnectionListState } from "./connection-list";
export { ConnectionTable, type ConnectionTableProps } from "./connection-table";
export { cx } from "./cx";
export {
  DataTable,
  type DataTableColumn,
  type DataTableProps,
  type DataTableSort,
  type SortDirection,
} from "./data-table";
export { Dialog, type DialogProps } from "./dialog";
export { DueDate } from "./due-date";
export { EmptyState } from "./empty-state";
export { ErrorNotice, useErrorText } from "./error-notice";
export { LanguageSwitch } from "./language-switch";
export { LoadMore } from "./load-more";
export { Loading } from "./loading";
export { NavLink } from "./nav-link";
export { NotFound } from "./not-found";
export { Notice, type NoticeProps } from "./notice";
export { useNow } from "./now";
export { isChunkLoadError, PageBoundary } from "./page-boundary";
export { PageHeading } from "./page-heading";
export { Segmented, type SegmentedOption } from "./segmented";
export { SelectField } from "./select-field";
export { type SignInFailure, SignInForm, type SignInFormProps, type SignInValues } from "./sign-in-form";
export { TextArea } from "./text-area";
export { TextField, type TextFieldProps } from "./text-field";
export { type AuthorRole, Timeline, type TimelineEntry } from "./timeline";
export { type NotifyOptions, notify, Toaster } from "./toast";
