import { describe, expect, it } from "vitest";
import { sponsorSignOffState, type SponsorFields } from "@/lib/programs/sponsor/sign-off-state";

const asked = new Date("2027-01-04T09:00:00Z");
const answered = new Date("2027-01-06T15:00:00Z");
const blank: SponsorFields = {
  sponsorName: null,
  sponsor: null,
  sponsorAskedAt: null,
  sponsorAskedBy: null,
  sponsorSignedOffAt: null,
  sponsorNotYetAt: null,
  sponsorComment: null,
};
const askedHelena: SponsorFields = {
  ...blank,
  sponsor: { name: "Helena Marsh" },
  sponsorAskedAt: asked,
  sponsorAskedBy: { name: "Amara Okafor" },
};

describe("sponsorSignOffState", () => {
  it("has no sponsor until someone in the directory is asked", () => {
    expect(sponsorSignOffState(blank)).toEqual({ kind: "none" });
  });

  it("keeps a sign-off the programme office typed in before sponsors signed off in person", () => {
    expect(sponsorSignOffState({ ...blank, sponsorName: "H. Marsh", sponsorSignedOffAt: answered })).toEqual({
      kind: "recorded",
      sponsorName: "H. Marsh",
      signedOffAt: answered,
      comment: null,
    });
  });

  it("waits for the sponsor once asked, and says who asked", () => {
    expect(sponsorSignOffState(askedHelena)).toEqual({
      kind: "waiting",
      sponsorName: "Helena Marsh",
      askedAt: asked,
      askedByName: "Amara Okafor",
    });
  });

  it("shows the sponsor's own sign-off with their comment", () => {
    expect(sponsorSignOffState({ ...askedHelena, sponsorSignedOffAt: answered, sponsorComment: "Go ahead." })).toMatchObject({
      kind: "signed-off",
      signedOffAt: answered,
      comment: "Go ahead.",
    });
  });

  it("shows a 'not yet' with what the sponsor wants changed", () => {
    expect(sponsorSignOffState({ ...askedHelena, sponsorNotYetAt: answered, sponsorComment: "Halve the budget." })).toMatchObject(
      {
        kind: "not-yet",
        notYetAt: answered,
        comment: "Halve the budget.",
      },
    );
  });
});
