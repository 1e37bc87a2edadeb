import { type SignedOutReason, useSession } from "@aduan/graphql-client/session";
import { Notice, SignInForm, useErrorText } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";

export function SignInPage({ reason }: { reason: SignedOutReason | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { signIn } = useSession();
  return (
    <>
      <title>{t("documentTitle.signIn")}</title>
      <SignInForm
        heading={t("signIn.heading")}
        intro={<p>{t("signIn.intro")}</p>}
        notice={reason ? <Notice tone="warning">{errorText(reason)}</Notice> : null}
        onSubmit={signIn}
      />
    </>
  );
}
