export function printSignIns(signIns: { role: string; email: string; password: string }[]): void {
  const width = Math.max(...signIns.map((s) => s.email.length));
  console.log("\nDemo sign-ins (password for all: " + (signIns[0]?.password ?? "") + "):");
  for (const { role, email } of signIns) console.log(`  ${role.padEnd(14)} ${email.padEnd(width)}`);
  console.log("");
}
