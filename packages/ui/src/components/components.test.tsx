import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18n } from "../i18n";
import { DispositionStatusChip, ReportStatusChip } from "./chip";
import { ConnectionList, type ConnectionListState } from "./connection-list";
import { DueDate } from "./due-date";
import { LanguageSwitch } from "./language-switch";
import { SignInForm } from "./sign-in-form";
import { Timeline } from "./timeline";

const i18n = await createI18n({ id: {}, en: async () => ({}) }, { persist: false, language: "id" });

function renderWithI18n(ui: ReactNode) {
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("id");
});

describe("status chips", () => {
  it("label report and disposition statuses in Indonesian", () => {
    renderWithI18n(
      <>
        <ReportStatusChip status="SUBMITTED" />
        <DispositionStatusChip status="AWAITING_APPROVAL" />
      </>,
    );
    expect(screen.getByText("Menunggu verifikasi")).toBeTruthy();
    expect(screen.getByText("Menunggu persetujuan")).toBeTruthy();
  });
});

describe("DueDate", () => {
  it("shows the deadline and flags it when overdue", () => {
    renderWithI18n(<DueDate dueAt="2026-12-03T02:00:00.000Z" overdue />);
    expect(screen.getByText("Tenggat 3 Des 2026")).toBeTruthy();
    expect(screen.getByText("Terlambat")).toBeTruthy();
  });

  it("shows nothing without a deadline", () => {
    const { container } = renderWithI18n(<DueDate dueAt={null} overdue={false} />);
    expect(container.textContent).toBe("");
  });
});

describe("Timeline", () => {
  it("labels known event types and falls back to the status for others", () => {
    renderWithI18n(
      <Timeline
        label="Riwayat"
        entries={[
          {
            id: "1",
            type: "SUBMITTED",
            status: "SUBMITTED",
            createdAt: "2026-11-20T03:15:00.000Z",
            actorRole: "REPORTER",
          },
          {
            id: "2",
            type: "SOMETHING_NEW",
            status: "DISPOSED",
            createdAt: "2026-11-21T03:15:00.000Z",
            actorRole: "VERIFIER",
            note: "Diteruskan ke dinas.",
          },
        ]}
      />,
    );
    const items = screen.getAllByRole("listitem");
    expect(items[0].textContent).toContain("Laporan dikirim");
    expect(items[0].textContent).toContain("20 Nov 2026, 10.15");
    expect(items[0].textContent).toContain("Pelapor");
    expect(items[1].textContent).toContain("Diteruskan ke instansi");
    expect(items[1].textContent).toContain("Diteruskan ke dinas.");
  });
});

describe("LanguageSwitch", () => {
  it("switches the texts to English and marks the pressed language", async () => {
    renderWithI18n(
      <>
        <LanguageSwitch />
        <ReportStatusChip status="RESOLVED" />
      </>,
    );
    expect(screen.getByText("Selesai")).toBeTruthy();
    const english = screen.getByRole("button", { name: /English/ });
    expect(english.getAttribute("aria-pressed")).toBe("false");
    await act(async () => fireEvent.click(english));
    expect(await screen.findByText("Resolved")).toBeTruthy();
    expect(english.getAttribute("aria-pressed")).toBe("true");
  });
});

describe("SignInForm", () => {
  it("checks the fields before calling onSubmit", async () => {
    const onSubmit = vi.fn(async () => null);
    renderWithI18n(<SignInForm heading="Portal Instansi" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "bukan-email" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Masuk" })));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText(/Masukkan alamat email yang benar/)).toBeTruthy();
    expect(screen.getByText("Masukkan kata sandi Anda.")).toBeTruthy();
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(screen.getByLabelText("Email"));
  });

  it("submits trimmed values and shows a known failure in the reader's language", async () => {
    const onSubmit = vi.fn(async () => ({ code: "INVALID_CREDENTIALS", message: "Email or password is wrong" }));
    renderWithI18n(<SignInForm heading="Portal Instansi" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "  operator@dinas.go.id " } });
    fireEvent.change(screen.getByLabelText("Kata sandi"), { target: { value: "rahasia-sekali" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Masuk" })));
    expect(onSubmit).toHaveBeenCalledWith({ email: "operator@dinas.go.id", password: "rahasia-sekali" });
    expect(screen.getByRole("alert").textContent).toBe("Email atau kata sandi salah.");
  });

  it("shows the server's message for a failure it has no label for", async () => {
    renderWithI18n(
      <SignInForm heading="Masuk" onSubmit={async () => ({ code: "ACCOUNT_LOCKED", message: "Account locked" })} />,
    );
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "a@b.id" } });
    fireEvent.change(screen.getByLabelText("Kata sandi"), { target: { value: "x" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Masuk" })));
    expect(screen.getByRole("alert").textContent).toBe("Account locked");
  });
});

describe("ConnectionList", () => {
  const state = (over: Partial<ConnectionListState<{ id: string; title: string }>>) => ({
    items: undefined,
    errorCode: null,
    onRetry: vi.fn(),
    hasMore: false,
    loadingMore: false,
    loadMoreErrorCode: null,
    onLoadMore: vi.fn(),
    ...over,
  });
  const list = (over: Partial<ConnectionListState<{ id: string; title: string }>>) => (
    <ConnectionList
      {...state(over)}
      errorTitle="Daftar gagal dimuat"
      emptyTitle="Belum ada laporan"
      emptyBody={<p>Coba lagi nanti.</p>}
      renderItem={(item) => <span>{item.title}</span>}
    />
  );

  it("shows a spinner, then the first page's error with a retry", () => {
    const onRetry = vi.fn();
    const { rerender } = renderWithI18n(list({}));
    expect(screen.getByRole("status")).toBeTruthy();
    rerender(<I18nextProvider i18n={i18n}>{list({ errorCode: "NETWORK", onRetry })}</I18nextProvider>);
    expect(screen.getByText("Daftar gagal dimuat")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Coba lagi" }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("shows the empty state, or the items with a load-more button", () => {
    const onLoadMore = vi.fn();
    const { rerender } = renderWithI18n(list({ items: [] }));
    expect(screen.getByText("Belum ada laporan")).toBeTruthy();
    expect(screen.getByText("Coba lagi nanti.")).toBeTruthy();
    rerender(
      <I18nextProvider i18n={i18n}>
        {list({ items: [{ id: "1", title: "Jalan rusak" }], hasMore: true, onLoadMore })}
      </I18nextProvider>,
    );
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Jalan rusak"]);
    fireEvent.click(screen.getByRole("button", { name: "Muat lebih banyak" }));
    expect(onLoadMore).toHaveBeenCalledOnce();
  });
});
