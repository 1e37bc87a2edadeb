import type { Translation } from "@aduan/ui/i18n";
import type { AccountMessages } from "./messages.id";

export const accountMessagesEn: Translation<AccountMessages> = {
  nav: {
    signIn: "Sign in",
    myReports: "My reports",
    account: "Account",
  },
  signIn: {
    documentTitle: "Sign in — Aduan",
    heading: "Sign in to your account",
    intro:
      "You do not need an account to report. With one, you can support public reports and see all your reports in one place.",
    noAccount: "No account yet?",
    signUpLink: "Sign up",
    staffAccount: "Staff accounts cannot be used here. Sign in through the agency portal or the verification portal.",
    returnNotice: "Sign in first, then you return to the page you were on.",
  },
  signUp: {
    documentTitle: "Sign up — Aduan",
    heading: "Create an account",
    intro:
      "Just a name, an email and a password. Reports you send while signed in are kept in your account, anonymous ones too (agencies still do not see who you are).",
    name: "Name",
    email: "Email",
    emailHint: "To sign in; never shown to the public.",
    phone: "Phone number (optional)",
    phoneHint: "For example +62 812 3456 7890.",
    password: "Password",
    passwordHint: "At least 10 characters.",
    passwordConfirm: "Repeat the password",
    submit: "Sign up",
    submitting: "Signing up…",
    haveAccount: "Already have an account?",
    signInLink: "Sign in",
    errors: {
      nameRequired: "Enter your name.",
      nameTooLong: "A name has at most 200 characters.",
      emailRequired: "Enter your email address.",
      emailInvalid: "Enter a valid email address, such as name@example.id.",
      emailTaken: "An account with this email already exists. Please sign in.",
      phoneInvalid: "Enter a phone number such as +62 812 3456 7890.",
      passwordRequired: "Choose a password.",
      passwordTooShort: "A password has at least 10 characters.",
      passwordTooLong: "A password has at most 200 characters.",
      passwordMismatch: "The two passwords are not the same.",
    },
  },
  myReports: {
    documentTitle: "My reports — Aduan",
    heading: "My reports",
    intro:
      "Reports you sent while signed in with this account, including those not verified yet. Open one to track it and reply.",
    signedInAs: "Signed in as {{name}}",
    empty: "You have not sent a report with this account yet.",
    emptyHint:
      "Reports sent without signing in do not appear here; track them with their tracking number and access code.",
    listHeading: "All your reports",
    newReport: "Make a report",
    signInNeeded: "Sign in to see your reports.",
  },
  checking: "Checking your session…",
  unavailable: "Your session could not be checked yet.",
};
