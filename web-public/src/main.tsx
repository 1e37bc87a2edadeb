import "@aduan/ui/styles.css";
import { createApolloClient } from "@aduan/graphql-client";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createAppI18n } from "./app/i18n";
import { publicTokens } from "./features/account/tokens";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// A citizen's session (optional): its token goes with every request; one the API no longer accepts is forgotten.
const { client } = createApolloClient({ tokens: publicTokens, onUnauthenticated: () => publicTokens.set(null) });
void createAppI18n().then((i18n) => {
  createRoot(root).render(
    <StrictMode>
      <App client={client} i18n={i18n} />
    </StrictMode>,
  );
});
