import { describe, expect, it } from "vitest";
import { actions, can, homePathFor, requirePermission, rolePermissions, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

const actor = (role: Actor["role"]): Actor => ({ id: "u1", name: "A", email: "a@test.example", role });

describe("permissions", () => {
  it("give administrators every action", () => {
    expect([...rolePermissions.ADMIN].sort()).toEqual([...actions].sort());
  });

  it("keep programme office work to coordinators and administrators", () => {
    for (const action of ["programs:write", "people:read", "matching:read", "checkins:read", "evaluation:read"] as const) {
      expect(can(actor("COORDINATOR"), action)).toBe(true);
      expect(can(actor("EXECUTIVE"), action)).toBe(false);
      expect(can(actor("EMPLOYEE"), action)).toBe(false);
    }
  });

  it("let only administrators change roles", () => {
    expect(can(actor("ADMIN"), "people:manage-roles")).toBe(true);
    expect(can(actor("COORDINATOR"), "people:manage-roles")).toBe(false);
  });

  it("let everyone manage their own profile and see their own mentoring", () => {
    for (const role of ["ADMIN", "COORDINATOR", "EXECUTIVE", "EMPLOYEE"] as const) {
      expect(can(actor(role), "own-profile:write")).toBe(true);
      expect(can(actor(role), "own-mentoring:read")).toBe(true);
    }
  });

  it("refuse with 401 when signed out and 403 when not allowed", () => {
    expect(() => requirePermission(null, "programs:read")).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED", status: 401 }),
    );
    expect(() => requirePermission(actor("EMPLOYEE"), "programs:read")).toThrow(AppError);
    expect(() => requirePermission(actor("EMPLOYEE"), "programs:read")).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => requirePermission(actor("COORDINATOR"), "programs:read")).not.toThrow();
  });

  it("send each role home to a page it may open", () => {
    expect(homePathFor("COORDINATOR")).toBe("/programs");
    expect(homePathFor("EXECUTIVE")).toBe("/dashboard");
    expect(homePathFor("EMPLOYEE")).toBe("/me/mentoring");
  });
});
