import { aduanCodegen } from "@aduan/graphql-client/codegen";

// Typed documents per feature (src/features/<name>/gql/): lazy pages carry their own documents.
export default aduanCodegen({ features: ["account", "browse", "public-reports", "statistics", "submit", "tracking"] });
