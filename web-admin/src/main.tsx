import "@aduan/ui/styles.css";
import { createApolloClient } from "@aduan/graphql-client";
import { createTokenStore } from "@aduan/graphql-client/session";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createAppI18n } from "./app/i18n";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const tokens = createTokenStore("aduan.admin.session");
const { client } = createApolloClient({ tokens, onUnauthenticated: () => tokens.set(null) });
void createAppI18n().then((i18n) => {
  createRoot(root).render(
    <StrictMode>
      <App client={client} i18n={i18n} tokens={tokens} />
    </StrictMode>,
  );
});
