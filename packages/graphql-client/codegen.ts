import { aduanCodegen } from "./src/codegen";

export default aduanCodegen({ schema: "../../schema.graphql" });
