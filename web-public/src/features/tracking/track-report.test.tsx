import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Route } from "wouter";
import { renderWithProviders } from "../../test/render";
import { loadAccessCode } from "./access-code-store";
import { TrackReport } from "./components/track-report";

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

function renderForm() {
  return renderWithProviders(
    <>
      <TrackReport />
      <Route path="/track/:trackingId">{(params) => <p>Halaman {params.trackingId}</p>}</Route>
    </>,
  );
}

function fillIn(trackingId: string, accessCode = "") {
  fireEvent.change(screen.getByLabelText("Nomor pelacakan"), { target: { value: trackingId } });
  fireEvent.change(screen.getByLabelText("Kode akses (opsional)"), { target: { value: accessCode } });
  return act(async () => fireEvent.click(screen.getByRole("button", { name: "Lacak" })));
}

describe("TrackReport", () => {
  it("rejects a malformed tracking ID without leaving the page", async () => {
    renderForm();
    await fillIn("ADU-123");
    const field = screen.getByLabelText("Nomor pelacakan");
    expect(screen.getByText(/Nomor pelacakan terdiri dari ADU- dan 8 huruf atau angka/)).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field);
    expect(screen.queryByText(/^Halaman/)).toBeNull();
  });

  it("asks for a tracking ID and checks the access code's form", async () => {
    renderForm();
    await fillIn("");
    expect(screen.getByText("Masukkan nomor pelacakan.")).toBeTruthy();
    await fillIn("ADU-7K3M-9QXD", "12345");
    expect(screen.getByText("Kode akses terdiri dari 16 huruf dan angka.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("Kode akses (opsional)"));
    expect(screen.queryByText(/^Halaman/)).toBeNull();
  });

  it("opens the tracking page from the ID as people type it, the access code kept in the tab only", async () => {
    renderForm();
    await fillIn(" adu 7k3m 9qxd ", "abcd-efgh-jkmn-pqrs");
    expect(screen.getByText("Halaman ADU-7K3M-9QXD")).toBeTruthy();
    expect(loadAccessCode("ADU-7K3M-9QXD")).toBe("ABCDEFGHJKMNPQRS");
  });

  it("opens the public view without an access code", async () => {
    renderForm();
    await fillIn("ADU-7K3M-9QXD");
    expect(screen.getByText("Halaman ADU-7K3M-9QXD")).toBeTruthy();
    expect(loadAccessCode("ADU-7K3M-9QXD")).toBeNull();
  });
});
