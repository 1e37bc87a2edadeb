import "@aduan/ui/styles.css";
import { createApolloClient } from "@aduan/graphql-client";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createAppI18n } from "./app/i18n";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const { client } = createApolloClient();
void createAppI18n().then((i18n) => {
  createRoot(root).render(
    <StrictMode>
      <App client={client} i18n={i18n} />
    </StrictMode>,
  );
});
