import { describe, expect, it } from "vitest";
import {
  DRAFT_KEY,
  emptyValues,
  type FormValues,
  fileProblem,
  initialState,
  loadDraft,
  mapUserErrors,
  reducer,
  saveDraft,
  toInput,
  validate,
} from "./form-state";
import { receiptText } from "./receipt";

const filled: FormValues = {
  ...emptyValues,
  kind: "COMPLAINT",
  title: "Jalan berlubang di Jl. Merdeka",
  body: "Lubang besar di tengah jalan sudah dua minggu dan membahayakan pengendara motor.",
  anonymous: true,
};

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe("validate", () => {
  it("asks for the kind, title and body, and for a name and contact when not anonymous", () => {
    expect(validate(emptyValues, { today: "2026-11-28" })).toEqual({
      kind: { key: "kindRequired" },
      title: { key: "titleRequired" },
      body: { key: "bodyRequired" },
      name: { key: "nameRequired" },
      email: { key: "contactRequired" },
    });
  });

  it("accepts an anonymous report without any contact", () => {
    expect(validate(filled, { today: "2026-11-28" })).toEqual({});
  });

  it("does not ask a signed-in reporter for a name", () => {
    expect(validate({ ...filled, anonymous: false }, { signedIn: true, today: "2026-11-28" })).toEqual({});
  });

  it("checks lengths, dates, location and contact formats", () => {
    const errors = validate(
      {
        ...filled,
        title: "abc ",
        body: "terlalu pendek",
        incidentDate: "2026-11-29",
        location: { lat: 48.85, lng: 2.35 },
        email: "bukan-email",
        phone: "12",
      },
      { today: "2026-11-28" },
    );
    expect(errors).toEqual({
      title: { key: "titleTooShort", values: { min: 5 } },
      body: { key: "bodyTooShort", values: { min: 20 } },
      incidentDate: { key: "dateFuture" },
      location: { key: "locationOutside" },
      email: { key: "emailInvalid" },
      phone: { key: "phoneInvalid" },
    });
    expect(validate({ ...filled, incidentDate: "2026-11-28" }, { today: "2026-11-28" })).toEqual({});
  });

  it("treats whistleblowing as anonymous even if the box was never ticked", () => {
    expect(validate({ ...filled, kind: "WHISTLEBLOWING", anonymous: false }, { today: "2026-11-28" })).toEqual({});
  });
});

describe("reducer", () => {
  it("forces anonymous and confidential for whistleblowing and keeps them when the kind changes back", () => {
    let state = initialState();
    state = reducer(state, { type: "kind", kind: "WHISTLEBLOWING" });
    expect(state.values).toMatchObject({ anonymous: true, confidential: true });
    state = reducer(state, { type: "kind", kind: "COMPLAINT" });
    expect(state.values).toMatchObject({ kind: "COMPLAINT", anonymous: true, confidential: true });
  });

  it("clears the lower region levels when a higher one changes, and a field's error when it is edited", () => {
    let state = initialState();
    state = reducer(state, { type: "province", code: "32" });
    state = reducer(state, { type: "regency", code: "32.73" });
    state = reducer(state, { type: "district", code: "32.73.01" });
    state = reducer(state, {
      type: "errors",
      errors: { title: { key: "titleRequired" }, body: { key: "bodyRequired" } },
    });
    state = reducer(state, { type: "province", code: "31" });
    expect(state.values).toMatchObject({ provinceCode: "31", regencyCode: "", districtCode: "" });
    state = reducer(state, { type: "set", field: "title", value: "Judul baru" });
    expect(state.errors).toEqual({ body: { key: "bodyRequired" } });
  });

  it("keeps the idempotency key for the whole draft and makes a new one on reset", () => {
    const state = initialState();
    const edited = reducer(state, { type: "set", field: "title", value: "abc" });
    expect(edited.idempotencyKey).toBe(state.idempotencyKey);
    expect(state.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{22,200}$/);
    expect(reducer(edited, { type: "reset" }).idempotencyKey).not.toBe(state.idempotencyKey);
  });
});

describe("toInput", () => {
  it("sends the most precise region, local midnight of the incident date and no name when anonymous", () => {
    const input = toInput(
      {
        ...filled,
        kind: "WHISTLEBLOWING",
        anonymous: false,
        name: "Budi",
        email: " budi@contoh.id ",
        provinceCode: "32",
        regencyCode: "32.73",
        incidentDate: "2026-11-20",
        attachments: [{ id: "QXR0YWNobWVudDox", fileName: "foto.png", size: 10, contentType: "image/png" }],
      },
      "key-0123456789012345678901",
    );
    expect(input).toMatchObject({
      kind: "WHISTLEBLOWING",
      anonymous: true,
      confidential: true,
      regionCode: "32.73",
      incidentDate: "2026-11-19T17:00:00.000Z", // TZ is Asia/Jakarta in tests
      reporter: { email: "budi@contoh.id", phone: null },
      attachmentIds: ["QXR0YWNobWVudDox"],
      idempotencyKey: "key-0123456789012345678901",
    });
    expect(input.reporter).not.toHaveProperty("name");
  });
});

describe("mapUserErrors", () => {
  it("puts each error on its field, in the form's words where known", () => {
    expect(
      mapUserErrors([
        { field: ["input", "title"], message: "Title must be at least 5 characters", code: "INVALID" },
        { field: ["input", "reporter", "email"], message: "Give an email address", code: "REQUIRED" },
        { field: ["input", "attachmentIds", "0"], message: "gone", code: "ATTACHMENT_UNAVAILABLE" },
        { field: ["input", "regionCode"], message: "No region has the code 99", code: "NOT_FOUND" },
        { field: null, message: "Something else", code: "INVALID" },
      ]),
    ).toEqual({
      title: { text: "Title must be at least 5 characters" },
      email: { key: "contactRequired" },
      attachments: { key: "attachmentUnavailable" },
      region: { key: "regionNotFound" },
      form: { text: "Something else" },
    });
  });
});

describe("draft", () => {
  it("round-trips values, uploaded attachment IDs and the idempotency key", () => {
    const storage = memoryStorage();
    const state = {
      ...initialState(),
      values: {
        ...filled,
        attachments: [{ id: "QXR0YWNobWVudDox", fileName: "foto.png", size: 10, contentType: "image/png" }],
      },
    };
    saveDraft(storage, state);
    const draft = loadDraft(storage);
    expect(draft?.values).toEqual(state.values);
    expect(draft?.idempotencyKey).toBe(state.idempotencyKey);
    expect(initialState(draft)).toMatchObject({ restored: true, idempotencyKey: state.idempotencyKey });
  });

  it("keeps no draft of an empty form and survives garbage in storage", () => {
    const storage = memoryStorage();
    saveDraft(storage, initialState());
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
    storage.setItem(DRAFT_KEY, "{not json");
    expect(loadDraft(storage)).toBeNull();
  });
});

describe("files and receipt", () => {
  it("refuses big, empty and unsupported files before sending them", () => {
    expect(fileProblem({ type: "image/png", size: 11 * 1024 * 1024 })).toEqual({
      key: "fileTooLarge",
      values: { max: 10 },
    });
    expect(fileProblem({ type: "image/png", size: 0 })).toEqual({ key: "fileEmpty" });
    expect(fileProblem({ type: "application/zip", size: 100 })).toEqual({ key: "fileType" });
    expect(fileProblem({ type: "application/pdf", size: 100 })).toBeNull();
  });

  it("writes the tracking ID, access code, date and how to track in the receipt", () => {
    const text = receiptText(
      {
        heading: "H",
        trackingId: "Nomor",
        accessCode: "Kode",
        submittedAt: "Tanggal",
        howToTrack: "Lacak:",
        warning: "W",
      },
      { trackingId: "ADU-7K3M-9QXD", accessCode: "ABCD1234EFGH5678", date: "28 Nov 2026", trackUrl: "https://x/" },
    );
    expect(text).toContain("Nomor: ADU-7K3M-9QXD");
    expect(text).toContain("Kode: ABCD1234EFGH5678");
    expect(text).toContain("Tanggal: 28 Nov 2026");
    expect(text).toContain("https://x/");
  });
});
