import { aduanCodegen } from "@aduan/graphql-client/codegen";

// Typed documents per feature (src/features/<name>/gql/): lazy pages carry their own documents.
export default aduanCodegen({
  features: [
    "audit",
    "manage-agencies",
    "manage-categories",
    "manage-common",
    "manage-service-levels",
    "manage-users",
    "manage-webhooks",
    "notifications",
    "oversight",
    "statistics",
    "templates",
    "verification",
  ],
});
