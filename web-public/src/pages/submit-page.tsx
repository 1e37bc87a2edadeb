import { SubmitReport } from "../features/submit/components/submit-report-form";

/** `/lapor`: make a report (loaded only when visited; the form sets the document title). */
export default function SubmitPage() {
  return <SubmitReport />;
}
