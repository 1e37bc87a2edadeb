import { aduanCodegen } from "@aduan/graphql-client/codegen";

export default aduanCodegen();
