import { aduanCodegen } from "@aduan/graphql-client/codegen";

// Typed documents per feature (src/features/<name>/gql/): lazy pages carry their own documents.
export default aduanCodegen({ features: ["dashboard", "inbox", "presence", "report", "staff", "templates", "units"] });
