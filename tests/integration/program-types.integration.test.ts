import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ProgramType } from "@/lib/db/generated/enums";
import { assignManually } from "@/lib/matching/assign-manually";
import { publishRun } from "@/lib/matching/publish-run";
import { runMatching } from "@/lib/matching/run-matching";
import { createProgram } from "@/lib/programs/programs";
import { createActor, createUser } from "../factories";

async function programme(type: ProgramType) {
  const coordinator = await createActor("COORDINATOR");
  const { id } = await createProgram(coordinator, { name: `A ${type.toLowerCase()} programme`, type, purpose: "" });
  await db.program.update({ where: { id }, data: { status: "MATCHING" } });
  return { coordinator, programId: id };
}

async function participant(
  programId: string,
  role: "MENTOR" | "MENTEE",
  level: number,
  profile: { skillsOffered?: string[]; skillsWanted?: string[] } = {},
) {
  const user = await createUser({ level });
  await db.profile.create({ data: { userId: user.id, languages: ["English"], ...profile } });
  const participation = await db.participation.create({
    data: { programId, userId: user.id, role, status: "APPROVED", capacity: 1 },
  });
  return { user, participation };
}

describe("reverse mentoring", () => {
  it("pairs a junior mentor with a senior mentee on the senior person's learning goals; one-to-one refuses the same pair", async () => {
    const reverse = await programme("REVERSE");
    const program = await db.program.findUniqueOrThrow({ where: { id: reverse.programId } });
    // The type's template says who does what.
    expect(program.mentorResponsibilities).toMatch(/less senior colleague/);
    expect(program.menteeResponsibilities).toMatch(/more senior colleague/);

    const director = await participant(reverse.programId, "MENTEE", 8, { skillsWanted: ["Generative AI", "TikTok"] });
    const graduate = await participant(reverse.programId, "MENTOR", 2, { skillsOffered: ["Generative AI", "TikTok"] });
    const peerOfDirector = await participant(reverse.programId, "MENTOR", 9, { skillsOffered: ["Generative AI"] });
    const run = await runMatching(reverse.coordinator, { programId: reverse.programId });
    expect(run).toMatchObject({ matched: 1, unmatched: 0 });
    const [pair] = await db.match.findMany({ where: { runId: run.runId } });
    expect(pair).toMatchObject({ menteeId: director.participation.id, mentorId: graduate.participation.id });
    const explanation = pair!.explanation as { parts: { criterion: string; evidence: string }[] };
    expect(explanation.parts.find((p) => p.criterion === "skills")?.evidence).toBe("covers 2 of 2 skills: Generative AI, TikTok");
    expect(explanation.parts.find((p) => p.criterion === "seniority")?.evidence).toMatch(/6 levels apart, mentor junior/);
    expect(peerOfDirector.participation.id).not.toBe(pair!.mentorId);

    // The same people in a classic programme: the junior colleague may not mentor the director.
    const classic = await programme("ONE_TO_ONE");
    await db.participation.createMany({
      data: [
        { programId: classic.programId, userId: director.user.id, role: "MENTEE", status: "APPROVED" },
        { programId: classic.programId, userId: graduate.user.id, role: "MENTOR", status: "APPROVED" },
      ],
    });
    const refused = await runMatching(classic.coordinator, { programId: classic.programId });
    expect(refused).toMatchObject({ matched: 0, unmatched: 1 });
    const summary = (await db.matchingRun.findUniqueOrThrow({ where: { id: refused.runId } })).summary as {
      unmatched: { reason: string }[];
    };
    expect(summary.unmatched[0]!.reason).toMatch(/seniority rule/);
  });
});

describe("peer mentoring", () => {
  it("matches one pool into mutual pairs within one level, publishes them, and takes paired peers out of the pool", async () => {
    const peer = await programme("PEER");
    const a = await participant(peer.programId, "MENTEE", 4, { skillsOffered: ["SQL"], skillsWanted: ["Figma"] });
    const b = await participant(peer.programId, "MENTEE", 5, { skillsOffered: ["Figma"], skillsWanted: ["SQL"] });
    const c = await participant(peer.programId, "MENTEE", 4, { skillsOffered: ["Excel"], skillsWanted: ["Python"] });
    const d = await participant(peer.programId, "MENTEE", 4, { skillsOffered: ["Python"], skillsWanted: ["Excel"] });
    const far = await participant(peer.programId, "MENTEE", 8, { skillsOffered: ["SQL"], skillsWanted: ["Figma"] });

    const run = await runMatching(peer.coordinator, { programId: peer.programId });
    expect(run).toMatchObject({ matched: 4, unmatched: 1 });
    const pairs = await db.match.findMany({
      where: { runId: run.runId },
      select: { mentorId: true, menteeId: true, score: true },
    });
    const asSets = pairs.map((p) => [p.mentorId, p.menteeId].sort().join("+")).sort();
    expect(asSets).toEqual(
      [
        [a.participation.id, b.participation.id].sort().join("+"),
        [c.participation.id, d.participation.id].sort().join("+"),
      ].sort(),
    );
    // Each teaches the other exactly what they want: a perfect mutual skills fit.
    for (const p of pairs) expect(p.score).toBeGreaterThan(0.5);
    const summary = (await db.matchingRun.findUniqueOrThrow({ where: { id: run.runId } })).summary as {
      unmatched: { menteeId: string; reason: string }[];
    };
    expect(summary.unmatched).toEqual([
      { menteeId: far.participation.id, name: far.user.name, reason: expect.stringMatching(/seniority rule/) },
    ]);

    await publishRun(peer.coordinator, { runId: run.runId });
    expect(await db.match.count({ where: { programId: peer.programId, status: "ACTIVE" } })).toBe(2);
    const told = await db.notification.findMany({ where: { userId: { in: [a.user.id, b.user.id] } } });
    expect(told.map((n) => n.subject.replace(/: .*/, "")).sort()).toEqual(["Meet your peer", "Meet your peer"]);

    // Everyone paired has left the pool, whichever side of the row they sit on.
    await expect(runMatching(peer.coordinator, { programId: peer.programId })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("at least two approved peers"),
    });
  });

  it("publishes a peer run once under 20 parallel publishes", async () => {
    const peer = await programme("PEER");
    for (const level of [4, 4, 5, 5]) await participant(peer.programId, "MENTEE", level);
    const run = await runMatching(peer.coordinator, { programId: peer.programId });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => publishRun(peer.coordinator, { runId: run.runId })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.match.count({ where: { programId: peer.programId, status: "ACTIVE" } })).toBe(2);
  });
});

describe("mentee-facing explanation", () => {
  it("tells a mentee why they were paired and why not their first choice, naming nobody else", async () => {
    const classic = await programme("ONE_TO_ONE");
    const mentee = await participant(classic.programId, "MENTEE", 3, { skillsWanted: ["Negotiation"] });
    const manager = await participant(classic.programId, "MENTOR", 6, { skillsOffered: ["Negotiation"] });
    const busy = await participant(classic.programId, "MENTOR", 6, { skillsOffered: ["Negotiation"] });
    const other = await participant(classic.programId, "MENTOR", 5, { skillsOffered: ["Negotiation"] });
    await db.user.update({ where: { id: mentee.user.id }, data: { managerId: manager.user.id } });
    // The busy mentor's one place is already taken by someone else's live pair.
    const taken = await participant(classic.programId, "MENTEE", 2);
    await db.match.create({
      data: { programId: classic.programId, mentorId: busy.participation.id, menteeId: taken.participation.id, status: "ACTIVE" },
    });
    const rank = async (mentorIds: string[]) => {
      await db.matchRequest.deleteMany({ where: { menteeId: mentee.participation.id } });
      await db.matchRequest.createMany({
        data: mentorIds.map((mentorId, k) => ({
          programId: classic.programId,
          menteeId: mentee.participation.id,
          mentorId,
          rank: k + 1,
          status: "WITHDRAWN" as const,
        })),
      });
    };
    const { myMentoring } = await import("@/lib/mentoring/my-mentoring");
    const menteeActor = { id: mentee.user.id, name: mentee.user.name, email: mentee.user.email, role: "EMPLOYEE" as const };

    await rank([manager.participation.id, other.participation.id]);
    let run = await runMatching(classic.coordinator, { programId: classic.programId });
    await publishRun(classic.coordinator, { runId: run.runId });
    let mine = await myMentoring(menteeActor);
    expect(mine.matches[0]!.explanation).toEqual({
      parts: expect.arrayContaining([
        expect.objectContaining({ criterion: "skills", evidence: "covers 1 of 1 skills: Negotiation" }),
      ]),
      dropped: expect.any(Array),
      whyNotFirstChoice: "Your first choice is in your reporting line, and the programme keeps mentoring outside it.",
    });
    // What leaves the server for the mentee holds no other person's name and no best alternative.
    const sent = JSON.stringify(mine.matches[0]!.explanation);
    for (const name of [manager.user.name, busy.user.name, taken.user.name]) expect(sent).not.toContain(name);
    expect(sent).not.toContain("alternative");

    // Rematch with the full mentor first: "no places left", again without saying who has them.
    await db.match.updateMany({ where: { menteeId: mentee.participation.id }, data: { status: "ENDED" } });
    await rank([busy.participation.id, other.participation.id]);
    run = await runMatching(classic.coordinator, { programId: classic.programId });
    await publishRun(classic.coordinator, { runId: run.runId });
    mine = await myMentoring(menteeActor);
    expect(mine.matches.find((m) => m.status === "ACTIVE")!.explanation!.whyNotFirstChoice).toBe(
      "Your first choice had no places left when the programme was matched.",
    );
    // A pairing the coordinator chose by hand says so, rather than a reason the matcher did not give.
    await db.match.updateMany({ where: { menteeId: mentee.participation.id }, data: { status: "ENDED" } });
    await rank([busy.participation.id, other.participation.id]);
    await db.user.update({ where: { id: mentee.user.id }, data: { managerId: null } });
    run = await runMatching(classic.coordinator, { programId: classic.programId });
    const proposal = await db.match.findFirstOrThrow({ where: { runId: run.runId, menteeId: mentee.participation.id } });
    const byHand = proposal.mentorId === manager.participation.id ? other : manager;
    await assignManually(classic.coordinator, { matchId: proposal.id, mentorId: byHand.participation.id });
    await publishRun(classic.coordinator, { runId: run.runId });
    mine = await myMentoring(menteeActor);
    expect(mine.matches.find((m) => m.status === "ACTIVE")!.explanation!.whyNotFirstChoice).toBe(
      "The programme office chose this pairing for you themselves, so your ranking was not what decided it.",
    );
    // The mentor sees why they were paired, and nothing about the mentee's ranking.
    const mentorView = await myMentoring({
      id: byHand.user.id,
      name: byHand.user.name,
      email: byHand.user.email,
      role: "EMPLOYEE",
    });
    expect(mentorView.matches[0]!.explanation!.whyNotFirstChoice).toBeNull();
  });
});
