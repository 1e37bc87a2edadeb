// PostGraphile 4.14.1 over Aduan's tables, as the comparison point of `npm run bench`. Started by run.mjs as a child
// process: `node bench/postgraphile-server.mjs` with DATABASE_URL, PORT and POOL_MAX in the environment.
//
// Options are PostGraphile's recommended production set (library mode, which the CLI wraps): no watch, no GraphiQL,
// no query log, no default mutations, RBAC-aware schema, the modern relation shapes only. It enforces no
// authorisation: every row of every table is readable by anyone.
//
// Three condition plugins (graphile-utils, shipped with PostGraphile) let it express the row sets our API returns,
// since PostGraphile 4's built-in `condition` only tests equality:
// - report.listed: verified and not confidential (the public list's rule; the same partial index serves it),
// - disposition.handling: neither RETURNED nor FORWARDED (the agencies that handle a report),
// - disposition.agencyIds: an agency and its units (the inbox's scope).
import http from "node:http";
import { makeAddPgTableConditionPlugin } from "graphile-utils";
import pg from "pg";
import { postgraphile } from "postgraphile";

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
const poolMax = Number(process.env.POOL_MAX ?? 10);
if (!databaseUrl || !Number.isInteger(port) || port <= 0) {
  process.stderr.write("postgraphile-server: DATABASE_URL and PORT are required\n");
  process.exit(2);
}

const ListedReports = makeAddPgTableConditionPlugin(
  "public",
  "report",
  "listed",
  (build) => ({ type: build.graphql.GraphQLBoolean, description: "Verified and not confidential (the public list)." }),
  (value, { sql, sqlTableAlias }) => {
    if (value == null) return null;
    const listed = sql.fragment`(${sqlTableAlias}.verified_at is not null and not ${sqlTableAlias}.confidential)`;
    return value ? listed : sql.fragment`not ${listed}`;
  },
);

const HandlingDispositions = makeAddPgTableConditionPlugin(
  "public",
  "disposition",
  "handling",
  (build) => ({ type: build.graphql.GraphQLBoolean, description: "Neither returned nor forwarded on." }),
  (value, { sql, sqlTableAlias }) => {
    if (value == null) return null;
    const handling = sql.fragment`(${sqlTableAlias}.status not in ('RETURNED', 'FORWARDED'))`;
    return value ? handling : sql.fragment`not ${handling}`;
  },
);

const DispositionAgencies = makeAddPgTableConditionPlugin(
  "public",
  "disposition",
  "agencyIds",
  (build) => {
    const { GraphQLList, GraphQLNonNull, GraphQLInt } = build.graphql;
    return { type: new GraphQLList(new GraphQLNonNull(GraphQLInt)), description: "Any of these agencies." };
  },
  (value, { sql, sqlTableAlias }) => {
    if (value == null) return null;
    return sql.fragment`(${sqlTableAlias}.agency_id = any(${sql.value(value)}::int[]))`;
  },
);

const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });
pool.on("error", (e) => process.stderr.write(`postgraphile-server: idle client error: ${e.message}\n`));

const middleware = postgraphile(pool, "public", {
  appendPlugins: [ListedReports, HandlingDispositions, DispositionAgencies],
  watchPg: false,
  graphiql: false,
  enhanceGraphiql: false,
  disableQueryLog: true,
  disableDefaultMutations: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  legacyRelations: "omit",
  retryOnInitFail: false,
  extendedErrors: [],
  showErrorStack: false,
});

const server = http.createServer(middleware);
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(`postgraphile listening on http://127.0.0.1:${port}/graphql\n`);
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections?.();
  pool.end().finally(() => process.exit(0));
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
