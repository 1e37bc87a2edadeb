import { useSession } from "@aduan/graphql-client/session";
import { PublicSession } from "../features/account/session";
import { SubmitReport } from "../features/submit/components/submit-report-form";

/** `/lapor`: make a report (loaded only when visited; the form sets the document title). */
export default function SubmitPage() {
  return (
    <PublicSession>
      <SubmitForAccount />
    </PublicSession>
  );
}

/** Signed in, the report belongs to the account (the API knows it by the session the request carries). */
function SubmitForAccount() {
  const { state } = useSession();
  return <SubmitReport account={state.status === "signedIn" ? state.user : null} />;
}
