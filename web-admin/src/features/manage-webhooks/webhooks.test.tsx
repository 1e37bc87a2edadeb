import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { agencySearchMock } from "../manage-common/test-mocks";
import { WebhookAdmin } from "./components/webhook-admin";
import { type ManagedWebhook, urlProblem } from "./components/webhook-form";
import {
  CreateWebhookMutation,
  RotateWebhookSecretMutation,
  UpdateWebhookMutation,
  WebhookDeliveriesQuery,
  WebhooksQuery,
} from "./graphql";

afterEach(cleanup);

const hook: ManagedWebhook = {
  __typename: "Webhook",
  id: "V2ViaG9vazox",
  url: "https://lapor.example.go.id/aduan",
  description: "Sistem pengaduan provinsi",
  eventTypes: ["DISPOSED"],
  active: true,
  createdAt: "2026-11-01T00:00:00.000Z",
  agency: null,
};

function list(items: ManagedWebhook[]) {
  return {
    request: { query: WebhooksQuery, variables: { first: 50 } },
    result: {
      data: {
        webhooks: {
          __typename: "WebhookConnection" as const,
          totalCount: items.length,
          pageInfo: { __typename: "PageInfo" as const, hasNextPage: false, endCursor: null },
          edges: items.map((node) => ({ __typename: "WebhookEdge" as const, cursor: node.id, node })),
        },
      },
    },
  };
}

describe("urlProblem", () => {
  it("wants an http(s) URL", () => {
    expect(urlProblem(" ")).toBe("required");
    expect(urlProblem("ftp://example.com")).toBe("invalid");
    expect(urlProblem("example.com/hook")).toBe("invalid");
    expect(urlProblem("https://example.com/hook")).toBeNull();
  });
});

describe("WebhookAdmin", () => {
  it("creates a webhook after checking its address and shows its secret once", async () => {
    const created = {
      ...hook,
      id: "V2ViaG9vazoy",
      url: "https://siaran.example.id/in",
      description: null,
      eventTypes: [],
    };
    renderWithProviders(<WebhookAdmin />, {
      mocks: [
        list([hook]),
        agencySearchMock([]),
        {
          request: {
            query: CreateWebhookMutation,
            variables: {
              input: { url: "https://siaran.example.id/in", description: null, eventTypes: [], agencyId: null },
            },
          },
          result: {
            data: {
              createWebhook: {
                __typename: "WebhookSecretPayload",
                secret: "whsec_abc123",
                webhook: created,
                userErrors: [],
              },
            },
          },
        },
        list([hook, created]),
      ],
    });
    expect(await screen.findByText(hook.url)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Webhook baru" }));
    const dialog = await screen.findByRole("dialog", { name: "Webhook baru" });
    fireEvent.change(within(dialog).getByLabelText("Alamat penerima (URL)"), {
      target: { value: "siaran.example.id" },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat webhook" })));
    expect(within(dialog).getByText("Masukkan URL yang diawali http:// atau https://.")).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText("Alamat penerima (URL)"), {
      target: { value: "https://siaran.example.id/in" },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat webhook" })));
    const secret = await screen.findByRole("dialog", { name: "Rahasia webhook" });
    expect(within(secret).getByText("whsec_abc123")).toBeTruthy();
    fireEvent.click(within(secret).getByRole("button", { name: "Sudah disimpan" }));
    expect(screen.queryByText("whsec_abc123")).toBeNull();
    expect(await screen.findByText("https://siaran.example.id/in")).toBeTruthy();
  });

  it("shows the API's refusal of an edit at the URL and keeps the dialog open", async () => {
    renderWithProviders(<WebhookAdmin />, {
      mocks: [
        list([hook]),
        {
          request: {
            query: UpdateWebhookMutation,
            variables: {
              input: {
                webhookId: hook.id,
                url: "http://lapor.example.go.id/aduan",
                description: hook.description,
                eventTypes: ["DISPOSED", "REJECTED"],
                active: true,
              },
            },
          },
          result: {
            data: {
              updateWebhook: {
                __typename: "WebhookPayload",
                webhook: null,
                userErrors: [
                  { __typename: "UserError", code: "INVALID", field: ["input", "url"], message: "Use an https:// URL" },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: `Ubah webhook ${hook.url}` }));
    const dialog = await screen.findByRole("dialog", { name: "Ubah webhook" });
    expect((within(dialog).getByLabelText("Diteruskan ke instansi") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByLabelText("Laporan ditolak"));
    fireEvent.change(within(dialog).getByLabelText("Alamat penerima (URL)"), {
      target: { value: "http://lapor.example.go.id/aduan" },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Simpan perubahan" })));
    const message = await within(dialog).findByText("Use an https:// URL");
    expect(within(dialog).getByLabelText("Alamat penerima (URL)").getAttribute("aria-describedby")).toContain(
      message.id,
    );
  });

  it("rotates the secret after confirming, and shows the delivery log", async () => {
    renderWithProviders(<WebhookAdmin />, {
      mocks: [
        list([hook]),
        {
          request: { query: RotateWebhookSecretMutation, variables: { input: { webhookId: hook.id } } },
          result: {
            data: {
              rotateWebhookSecret: {
                __typename: "WebhookSecretPayload",
                secret: "whsec_new",
                webhook: { __typename: "Webhook", id: hook.id },
                userErrors: [],
              },
            },
          },
        },
        {
          request: { query: WebhookDeliveriesQuery, variables: { webhookId: hook.id, first: 25 } },
          result: {
            data: {
              webhookDeliveries: {
                __typename: "WebhookDeliveryConnection",
                totalCount: 1,
                pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
                edges: [
                  {
                    __typename: "WebhookDeliveryEdge",
                    cursor: "d1",
                    node: {
                      __typename: "WebhookDelivery",
                      id: "V2ViaG9va0RlbGl2ZXJ5OjE",
                      eventType: "DISPOSED",
                      status: "FAILED",
                      attempts: 9,
                      createdAt: "2026-11-02T01:00:00.000Z",
                      deliveredAt: null,
                      lastStatusCode: 503,
                      lastError: null,
                      nextAttemptAt: null,
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: `Ganti rahasia ${hook.url}` }));
    const confirm = await screen.findByRole("dialog", { name: "Ganti rahasia webhook?" });
    await act(async () => fireEvent.click(within(confirm).getByRole("button", { name: "Ganti rahasia" })));
    const secret = await screen.findByRole("dialog", { name: "Rahasia webhook" });
    expect(within(secret).getByText("whsec_new")).toBeTruthy();
    fireEvent.click(within(secret).getByRole("button", { name: "Sudah disimpan" }));

    fireEvent.click(screen.getByRole("button", { name: `Log pengiriman ${hook.url}` }));
    const log = await screen.findByRole("table", { name: `Log pengiriman ${hook.url}` });
    expect(within(log).getByText("Gagal")).toBeTruthy();
    expect(within(log).getByText("HTTP 503")).toBeTruthy();
  });
});
