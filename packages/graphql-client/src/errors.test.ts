import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { describeError } from "./errors";

const response = (status: number) => new Response(null, { status });

describe("describeError", () => {
  it("uses the API's extensions.code", () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
    expect(describeError(error)).toBe("NOT_FOUND");
  });

  it("does not show validation or internal errors as anything but unknown", () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: "x", extensions: { code: "INTERNAL" } }] });
    expect(describeError(error)).toBe("UNKNOWN");
  });

  it("reads the code from an HTTP error's body", () => {
    const bodyText = JSON.stringify({ errors: [{ message: "Slow down", extensions: { code: "RATE_LIMITED" } }] });
    expect(describeError(new ServerError("Response not successful", { response: response(400), bodyText }))).toBe(
      "RATE_LIMITED",
    );
  });

  it("treats an unreachable API as a network problem", () => {
    expect(describeError(new TypeError("fetch failed"))).toBe("NETWORK");
    expect(describeError(new ServerError("Bad gateway", { response: response(502), bodyText: "<html>" }))).toBe(
      "NETWORK",
    );
  });
});
